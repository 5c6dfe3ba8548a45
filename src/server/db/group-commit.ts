import { sql, type Kysely, type Transaction } from 'kysely';
import { writeSql } from './prepared';
import type { Database } from './schema';

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Job {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Enough to amortize a commit; small enough that no caller waits long behind others. */
const MAX_BATCH = 64;

/**
 * Group commit for SQLite's single writer. Write transactions that arrive while one is
 * running are queued; the next batch runs them one after another inside ONE transaction,
 * each in its own savepoint (a failing one rolls back alone), and commits once. Every caller
 * hears back only after that commit, so an acknowledged write is durable, and a batch of N
 * writes pays for one commit instead of N. With no contention a batch holds one job and this
 * is a plain transaction.
 */
export class GroupCommit {
  readonly #queue: Job[] = [];
  #draining = false;

  constructor(private readonly kysely: Kysely<Database>) {}

  run<T>(work: Work<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.#queue.push({
        work: work as Work<unknown>,
        resolve: resolve as (v: unknown) => void,
        reject,
      });
      if (!this.#draining) {
        this.#draining = true;
        // Start on the next turn of the event loop: requests whose bytes arrived meanwhile get
        // to queue their work too, so a busy server commits them together.
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, MAX_BATCH);
        let outcomes: Outcome[];
        try {
          outcomes = await this.kysely.transaction().execute((trx) => runBatch(trx, batch));
        } catch (error) {
          // The commit itself failed: nothing of this batch was stored.
          outcomes = batch.map(() => ({ ok: false, error }));
        }
        batch.forEach((job, i) => {
          const outcome = outcomes[i]!;
          if (outcome.ok) job.resolve(outcome.value);
          else job.reject(outcome.error);
        });
      }
    } finally {
      this.#draining = false;
    }
  }
}

/** Savepoint statements, compiled once: they run twice per write of a busy batch. */
const statement = (text: string) => writeSql<Record<string, never>>()(() => sql.raw(text));
const savepoint = statement('savepoint margin_job');
const release = statement('release margin_job');
const rollbackTo = statement('rollback to margin_job');

async function runBatch(trx: Transaction<Database>, batch: Job[]): Promise<Outcome[]> {
  if (batch.length === 1) {
    // Alone in its transaction: a failure can roll back the whole thing, no savepoint needed.
    return [{ ok: true, value: await batch[0]!.work(trx) }];
  }
  const outcomes: Outcome[] = [];
  for (const job of batch) {
    await savepoint.all(trx, {});
    try {
      const value = await job.work(trx);
      await release.all(trx, {});
      outcomes.push({ ok: true, value });
    } catch (error) {
      await rollbackTo.all(trx, {});
      await release.all(trx, {});
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}
