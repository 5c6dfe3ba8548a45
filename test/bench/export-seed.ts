/**
 * Benchmark child: migrates a fresh database and fills one project with `count` tasks
 * (~300-character texts) and one annotation each, by direct inserts (minutes of API calls
 * otherwise). Prints `{token, projectId}` and exits.
 * Usage: tsx export-seed.ts '<DbConfig JSON>' <count>
 */
import pg from 'pg';
import { openSqlite, type DbConfig } from '../../src/server/db/connect';
import { nowIso } from '../../src/server/db/time';
import { benchProject, benchUser, openBenchDb } from './child-app';
import { annotationBody, BENCH_CONFIG, benchText } from './seed-data';

const dbConfig = JSON.parse(process.argv[2] ?? '{}') as DbConfig;
const count = Number(process.argv[3] ?? 1000);

const { db } = await openBenchDb(process.argv[2]);
const admin = await benchUser(db);
const project = await benchProject(db, admin, {
  title: 'Export bench',
  label_config: BENCH_CONFIG,
});
const now = nowIso();
await db.close();

const result = JSON.stringify(JSON.parse(annotationBody()).result);

if (dbConfig.kind === 'sqlite') {
  const raw = openSqlite(dbConfig.file);
  const task = raw.prepare(
    `insert into tasks (id, project_id, inner_id, data, meta, created_at, updated_at, overlap,
       total_annotations, finished_annotations, useful_annotations, is_labeled, updated_by)
     values (?, ?, ?, ?, '{}', ?, ?, 1, 1, 1, 1, 1, ?)`,
  );
  const annotation = raw.prepare(
    `insert into annotations (task_id, project_id, result, completed_by, unique_id, created_at,
       updated_at, lead_time, last_action, updated_by, last_created_by)
     values (?, ?, ?, ?, ?, ?, ?, 3.5, 'submitted', ?, ?)`,
  );
  const fill = raw.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = i + 1;
      task.run(id, project.id, id, JSON.stringify({ text: benchText(i) }), now, now, admin.id);
      annotation.run(id, project.id, result, admin.id, `bench-${id}`, now, now, admin.id, admin.id);
    }
  });
  for (let i = 0; i < count; i += 50_000) fill(i, Math.min(count, i + 50_000));
  raw.close();
} else {
  const client = new pg.Client({ connectionString: dbConfig.url });
  await client.connect();
  await client.query(
    `insert into tasks (project_id, inner_id, data, meta, created_at, updated_at, overlap,
       total_annotations, finished_annotations, useful_annotations, is_labeled, updated_by)
     select $1, i, json_build_object('text', substr(repeat(md5(i::text) || ' ', 9), 1, 300))::text,
       '{}', $2, $2, 1, 1, 1, 1, 1, $3
     from generate_series(1, $4::int) as i`,
    [project.id, now, admin.id, count],
  );
  await client.query(
    `insert into annotations (task_id, project_id, result, completed_by, unique_id, created_at,
       updated_at, lead_time, last_action, updated_by, last_created_by)
     select id, project_id, $1, $2, 'bench-' || id, $3, $3, 3.5, 'submitted', $2, $2
     from tasks where project_id = $4`,
    [result, admin.id, now, project.id],
  );
  await client.query('analyze');
  await client.end();
}

process.stdout.write(`${JSON.stringify({ token: admin.api_token, projectId: project.id })}\n`);
