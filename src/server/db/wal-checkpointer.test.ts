import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Db } from './connect';

// Not about either database's API: one run (on the SQLite project) is enough.
const onSqlite = process.env['MARGIN_TEST_DB'] !== 'postgres';

describe.runIf(onSqlite)('WAL checkpoints on the worker thread', () => {
  let dir = '';
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies committed pages into the database file without the writer doing it', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'margin-wal-'));
    const file = path.join(dir, 'margin.sqlite');
    db = connect({ kind: 'sqlite', file });
    await sql`create table blobs (id integer primary key, body text not null)`.execute(db.kysely);
    const before = statSync(file).size;
    // About 2 MB: far below the writer's own checkpoint threshold, so only the worker copies it.
    const body = 'x'.repeat(4000);
    await db.write(async (trx) => {
      for (let i = 0; i < 500; i++)
        await sql`insert into blobs (body) values (${body})`.execute(trx);
    });
    const deadline = Date.now() + 3000;
    while (statSync(file).size < before + 2_000_000 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThanOrEqual(before + 2_000_000);
  });
});
