import type { Kysely } from 'kysely';
import type { Dialect } from '../connect';
import { createTaskSortIndexes } from './sort-index';

/**
 * Indexes for the labeling stream (api-contract.md §11) and the task table (§10).
 *
 * Stream: breadth first walks unlabeled tasks by finished annotations (most first), then
 * inner_id; ground truth first looks at unlabeled tasks with a ground-truth annotation; the
 * Back-button history reads one user's annotations in a project, newest first.
 *
 * Task table: the time columns get `(project_id, column, id)`, so a page sorted by them (and
 * its keyset cursor) is an index range scan at any size. The counter columns change on every
 * annotation write; an index on each would tax the hottest write path, so they have none
 * here (005 adds the one most sorted by).
 */
const SORTED = [
  ['created_at', false],
  ['updated_at', false],
] as const satisfies readonly (readonly [string, boolean])[];

export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const s = db.schema;
  await s
    .createIndex('tasks_stream_breadth')
    .on('tasks')
    .columns(['project_id', 'is_labeled', 'finished_annotations desc', 'inner_id'])
    .execute();
  await s
    .createIndex('tasks_stream_ground_truth')
    .on('tasks')
    .columns(['project_id', 'is_labeled', 'ground_truth_annotations', 'inner_id'])
    .execute();
  await s
    .createIndex('annotations_user_project')
    .on('annotations')
    .columns(['completed_by', 'project_id', 'id'])
    .execute();

  await createTaskSortIndexes(db, dialect, SORTED);
}
