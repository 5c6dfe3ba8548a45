import type { Q } from '../../db/connect';
import { userById } from '../../db/users';

/**
 * `completed_by` references of one import, looked up once each: a file of a million
 * annotations by five people costs five queries. null = no such user.
 */
export class UserResolver {
  private readonly ids = new Map<number, number | null>();
  private readonly emails = new Map<string, number | null>();

  constructor(private readonly db: Q) {}

  async byId(id: number): Promise<number | null> {
    let hit = this.ids.get(id);
    if (hit === undefined) {
      hit = id > 0 && id <= 2_147_483_647 ? ((await userById(this.db, id))?.id ?? null) : null;
      this.ids.set(id, hit);
    }
    return hit;
  }

  async byEmail(email: string): Promise<number | null> {
    const key = email.trim().toLowerCase();
    let hit = this.emails.get(key);
    if (hit === undefined) {
      const row = await this.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', key)
        .executeTakeFirst();
      hit = row?.id ?? null;
      this.emails.set(key, hit);
    }
    return hit;
  }
}
