/**
 * Token → user, remembered for a few seconds so an API request does not read the users table
 * every time. Only for SQLite, where one process owns the database and sees every write to
 * users; PostgreSQL replicas would not see each other's token resets, so there every request
 * reads the row.
 *
 * Any write to users (db/users.ts calls `forgetCachedUsers` after it commits) starts a new
 * generation: entries of older generations are ignored, and a lookup that began before the
 * write never stores what it read — so a reset token or a deactivated user stops working at
 * once.
 */
const TTL_MS = 5_000;
const MAX_ENTRIES = 10_000;

let generation = 0;

export function forgetCachedUsers(): void {
  generation += 1;
}

interface Entry<U> {
  user: U;
  until: number;
  generation: number;
}

export class TokenCache<U> {
  readonly #entries = new Map<string, Entry<U>>();

  async lookup(token: string, load: () => Promise<U | undefined>): Promise<U | undefined> {
    const hit = this.#entries.get(token);
    const now = Date.now();
    if (hit && hit.generation === generation && hit.until > now) return hit.user;
    const started = generation;
    const user = await load();
    if (user !== undefined && started === generation) {
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
      this.#entries.set(token, { user, until: now + TTL_MS, generation: started });
    } else {
      this.#entries.delete(token);
    }
    return user;
  }
}
