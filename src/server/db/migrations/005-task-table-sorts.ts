import type { Kysely } from 'kysely';
import type { Dialect } from '../connect';
import { createTaskSortIndexes } from './sort-index';

/**
 * Two more task-table sorts as index range scans (003-stream.ts has the time columns):
 * `completed_at` changes once per task, when it becomes labeled; `total_annotations` is the
 * column people sort by most when they look for work that needs attention. Labeled tasks by
 * completion time get their own index: in the plain one the unlabeled tasks' NULLs come first,
 * and a page would have to step over all of them. The other counter columns stay unindexed,
 * each index being one more write on every annotation.
 */
const SORTED = [
  ['completed_at', true],
  ['completed_at', true, 'is_labeled'],
  ['total_annotations', false],
] as const satisfies readonly (readonly [string, boolean, string?])[];

export const up = (db: Kysely<unknown>, dialect: Dialect) =>
  createTaskSortIndexes(db, dialect, SORTED);
