/**
 * Benchmark child for the stream and task-table benchmarks: the real app on a fresh database
 * with one project of `taskCount` tasks, seeded by set-based SQL (a recursive CTE on SQLite,
 * generate_series on PostgreSQL), so a million rows take seconds. Stored counters are written
 * directly with a spread of values (annotation counts, completion dates, lead times) so
 * filters and sorts have something to select; the project's totals match the rows.
 * Prints `{port, adminToken, tokens, projectId}` when ready.
 * Usage: tsx stream-fixture.ts '<DbConfig JSON>' <taskCount> <annotators>
 */
import { sql } from 'kysely';
import { benchProject, benchUser, openBenchDb, serveBench } from './child-app';
import { BENCH_CONFIG } from './seed-data';

const taskCount = Number(process.argv[3] ?? 1_000_000);
const annotators = Number(process.argv[4] ?? 50);

const { config, db } = await openBenchDb(process.argv[2]);
const admin = await benchUser(db);
const tokens: string[] = [];
for (let i = 0; i < annotators; i++) {
  tokens.push((await benchUser(db, `ann${i}@example.org`, 'annotator')).api_token);
}
const project = await benchProject(db, admin, {
  title: 'Stream bench',
  label_config: BENCH_CONFIG,
  maximum_annotations: 1,
});

// Task x: created x seconds after 2024-01-01; every 3rd has 1-2 annotations (and is labeled
// when it has any), every 7th a prediction. Only the last quarter is unlabeled-and-empty.
const seq =
  db.dialect === 'sqlite'
    ? sql`with recursive s(x) as (select 1 union all select x + 1 from s where x < ${taskCount}) select x from s`
    : sql`select x from generate_series(1, ${taskCount}::int) as x`;
const ts = (expr: ReturnType<typeof sql>) =>
  db.dialect === 'sqlite'
    ? sql`strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2024-01-01', '+' || (${expr}) || ' seconds')`
    : sql`to_char(timestamp '2024-01-01' + (${expr}) * interval '1 second', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const labeled = sql`case when x % 3 = 0 and x < ${Math.floor(taskCount * 0.75)} then 1 else 0 end`;
await sql`
  insert into tasks (project_id, inner_id, data, meta, created_at, updated_at, is_labeled, overlap,
    total_annotations, cancelled_annotations, finished_annotations, useful_annotations,
    total_predictions, completed_at, avg_lead_time)
  select ${project.id}, x,
    '{"text":"Bench task ' || x || ' about ' || (case x % 4 when 0 then 'apples' when 1 then 'pears' when 2 then 'plums' else 'figs' end) || '"}',
    '{}', ${ts(sql`x`)}, ${ts(sql`x + 5`)}, ${labeled}, 1,
    ${labeled} * (1 + x % 2), case when x % 11 = 0 then 1 else 0 end, ${labeled}, ${labeled},
    case when x % 7 = 0 then 1 else 0 end,
    case when ${labeled} = 1 then ${ts(sql`x + 60`)} else null end,
    case when ${labeled} = 1 then (x % 97) * 1.5 else null end
  from (${seq}) as g`.execute(db.kysely);
await sql`
  update projects set next_inner_id = ${taskCount + 1},
    task_number = (select count(*) from tasks where project_id = ${project.id}),
    finished_task_number = (select coalesce(sum(is_labeled), 0) from tasks where project_id = ${project.id}),
    total_annotations_number = (select coalesce(sum(total_annotations), 0) from tasks where project_id = ${project.id}),
    skipped_annotations_number = (select coalesce(sum(cancelled_annotations), 0) from tasks where project_id = ${project.id}),
    total_predictions_number = (select coalesce(sum(total_predictions), 0) from tasks where project_id = ${project.id})
  where id = ${project.id}`.execute(db.kysely);
await sql`analyze`.execute(db.kysely);

await serveBench(config, db, (port) => ({
  port,
  adminToken: admin.api_token,
  tokens,
  projectId: project.id,
}));
