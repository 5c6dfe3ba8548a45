import { sql, type SqlBool } from 'kysely';
import type { DmAction, DmActionId, DmActionResult } from '../../../shared/api/dm-actions';
import type { Permission } from '../../../shared/api/permissions';
import type { Db } from '../../db/connect';
import { isIgnoreSkipped, refreshTaskCounters } from '../../db/counters';
import type { ProjectRow } from '../../db/projects';
import {
  clearGroundTruth,
  deleteSelectedTasks,
  lockSelectedIds,
  type TaskSelection,
} from '../../db/task-selection';

export interface ActionRun {
  db: Db;
  project: ProjectRow;
  selection: TaskSelection;
}

interface ActionDef extends Omit<DmAction, 'id'> {
  /** Who may run it (api-contract.md §3). */
  permission: Permission;
  /** Runs in one transaction: all of it happens, or none. */
  run(r: ActionRun): Promise<DmActionResult>;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const HAS_GROUND_TRUTH = sql<SqlBool>`tasks.ground_truth_annotations > 0`;

/** Every data-manager action; a new id in DM_ACTION_IDS fails typecheck until it has an entry. */
export const ACTIONS: Record<DmActionId, ActionDef> = {
  delete_tasks: {
    title: 'Delete tasks',
    order: 100,
    permission: 'tasks.manage',
    dialog: {
      type: 'confirm',
      title: 'Delete tasks',
      text: 'The selected tasks are deleted with their annotations, predictions, drafts and comments. This cannot be undone.',
    },
    run: async ({ db, project, selection }) => {
      const n = await db.kysely
        .transaction()
        .execute((trx) => deleteSelectedTasks(trx, db.dialect, project.id, selection));
      return { processed_items: n, detail: `Deleted ${plural(n, 'task')}.` };
    },
  },
  delete_ground_truths: {
    title: 'Remove ground truth',
    order: 200,
    permission: 'annotations.ground_truth',
    dialog: {
      type: 'confirm',
      title: 'Remove ground truth',
      text: 'The selected tasks keep their annotations, but none of them is ground truth any more.',
    },
    run: async ({ db, project, selection }) => {
      const { tasks, annotations } = await db.kysely.transaction().execute(async (trx) => {
        const ids = await lockSelectedIds(trx, db.dialect, project.id, selection, [
          HAS_GROUND_TRUTH,
        ]);
        const unmarked = await clearGroundTruth(trx, db.dialect, ids);
        await refreshTaskCounters(trx, project.id, ids, isIgnoreSkipped(project));
        return { tasks: ids.length, annotations: unmarked };
      });
      return {
        processed_items: tasks,
        detail: `Removed ground truth from ${plural(annotations, 'annotation')} on ${plural(tasks, 'task')}.`,
      };
    },
  },
};

export const isActionId = (id: string): id is DmActionId => Object.hasOwn(ACTIONS, id);
