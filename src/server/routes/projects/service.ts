import { DEFAULT_LABEL_CONFIG, type ProjectWrite } from '../../../shared/api/projects';
import { removedValues, usedValues, type UsedValue } from '../../../shared/label-config/usage';
import { defined } from '../../../shared/lib/defined';
import { allowed } from '../../access';
import type { Dialect, Q } from '../../db/connect';
import { isIgnoreSkipped, refreshProjectCounters } from '../../db/counters';
import { membersOf, queueProgress, setMembers, type ProjectRow } from '../../db/projects';
import type { ProjectsTable } from '../../db/schema';
import { nowIso, toApiDatetime } from '../../db/time';
import { usersByIds, type UserRow } from '../../db/users';
import { fieldError } from '../../errors';
import { configErrors, configOf } from '../../label-config';
import { presentProject } from '../../present/projects';
import { sanitizeInstruction } from './sanitize';

export const PROJECT_DEFAULTS = {
  title: '',
  description: '',
  label_config: DEFAULT_LABEL_CONFIG,
  expert_instruction: '',
  show_instruction: 0,
  show_skip_button: 1,
  enable_empty_annotation: 1,
  show_annotation_history: 0,
  show_collab_predictions: 1,
  maximum_annotations: 1,
  sampling: 'Sequential sampling',
  show_ground_truth_first: 0,
  show_overlap_first: 0,
  skip_queue: 'REQUEUE_FOR_OTHERS',
  lock_ttl: 3600,
  color: '#FFFFFF',
  model_version: '',
  pinned_at: null,
} satisfies Partial<ProjectsTable>;

const BOOL_FIELDS = [
  'show_instruction',
  'show_skip_button',
  'enable_empty_annotation',
  'show_annotation_history',
  'show_collab_predictions',
  'show_ground_truth_first',
  'show_overlap_first',
] as const;

/** API body → column values (booleans as 0/1, instruction HTML sanitized, config checked). */
export function toColumns(body: ProjectWrite): Partial<Omit<ProjectRow, 'id'>> {
  const b = defined(body);
  const out: Partial<Omit<ProjectRow, 'id'>> = {};
  for (const key of [
    'title',
    'description',
    'label_config',
    'maximum_annotations',
    'sampling',
    'skip_queue',
    'lock_ttl',
    'color',
    'model_version',
  ] as const) {
    if (b[key] !== undefined) Object.assign(out, { [key]: b[key] });
  }
  for (const key of BOOL_FIELDS) if (b[key] !== undefined) out[key] = b[key] ? 1 : 0;
  if (b.expert_instruction !== undefined)
    out.expert_instruction = sanitizeInstruction(b.expert_instruction);
  if (body.pinned_at !== undefined) {
    const pinned = body.pinned_at === null ? null : toApiDatetime(body.pinned_at);
    if (body.pinned_at !== null && pinned === null)
      throw fieldError('pinned_at', 'Enter a valid date/time.');
    out.pinned_at = pinned;
  }
  if (out.label_config !== undefined) {
    const errors = configErrors(out.label_config);
    if (errors.length) throw fieldError('label_config', errors.join('\n'));
  }
  return out;
}

export async function assertMembersExist(db: Q, ids: number[] | undefined): Promise<void> {
  if (!ids?.length) return;
  const found = new Set((await usersByIds(db, ids)).map((u) => u.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw fieldError('members', `Unknown user ids: ${missing.join(', ')}.`);
}

/**
 * Refuse a config change that would orphan stored work: a removed control or label that
 * annotations or drafts still use (api-contract.md §5, also on PATCH).
 */
export async function assertNoOrphans(db: Q, project: ProjectRow, nextXml: string): Promise<void> {
  const removed = removedValues(configOf(project.label_config), configOf(nextXml));
  if (removed.length === 0) return;
  const key = (u: UsedValue) => `${u.control}\u0000${u.value ?? ''}`;
  const wanted = new Map(removed.map((r) => [key(r), { ...r, annotations: 0, drafts: 0 }]));
  const scan = async (table: 'annotations' | 'drafts', field: 'annotations' | 'drafts') => {
    let after = 0;
    for (;;) {
      const rows = await db
        .selectFrom(table)
        .select(['id', 'result'])
        .where('project_id', '=', project.id)
        .where('id', '>', after)
        .orderBy('id')
        .limit(1000)
        .execute();
      if (rows.length === 0) return;
      for (const row of rows) {
        const seen = new Set<string>();
        for (const used of usedValues(row.result ? JSON.parse(row.result) : null)) {
          for (const k of [key(used), key({ control: used.control, value: null })]) {
            const hit = wanted.get(k);
            if (hit && !seen.has(k)) {
              seen.add(k);
              hit[field] += 1;
            }
          }
        }
      }
      after = rows[rows.length - 1]!.id;
    }
  };
  await scan('annotations', 'annotations');
  await scan('drafts', 'drafts');
  const used = [...wanted.values()].filter((w) => w.annotations + w.drafts > 0);
  if (used.length === 0) return;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = used.map(
    (u) =>
      `${u.value ?? u.control} (${plural(u.annotations, 'annotation')}, ${plural(u.drafts, 'draft')})`,
  );
  const controls = [...new Set(used.map((u) => u.control))].map((c) => `name="${c}"`).join(', ');
  throw fieldError(
    'label_config',
    `These labels still exist in annotations or drafts:\n${lines.join('\n')}\nPlease add labels to tag with ${controls}.`,
  );
}

/**
 * Take the row locks of a project's tasks (in id order) before the project row is touched.
 * Annotation writes lock their task and then the project (counters); a settings change or a
 * delete going project → tasks would deadlock with them on PostgreSQL. SQLite serializes
 * writers: nothing to take there. The count keeps the ids out of memory.
 */
export async function lockProjectTasks(db: Q, projectId: number, dialect: Dialect): Promise<void> {
  if (dialect !== 'postgres') return;
  const tasks = db
    .selectFrom('tasks')
    .select('id')
    .where('project_id', '=', projectId)
    .orderBy('id')
    .forUpdate();
  await db
    .selectFrom(tasks.as('locked'))
    .select((eb) => eb.fn.countAll().as('n'))
    .execute();
}

/** Rewrite every task's overlap and recompute labeled state after a settings change. */
export async function applySettingsToTasks(db: Q, project: ProjectRow): Promise<void> {
  await db
    .updateTable('tasks')
    .set({ overlap: project.maximum_annotations })
    .where('project_id', '=', project.id)
    .execute();
  await refreshProjectCounters(db, project.id, isIgnoreSkipped(project));
}

/** Start of the current UTC day: "today" for callers that do not say where their day starts. */
const utcMidnight = () => `${new Date().toISOString().slice(0, 10)}T00:00:00.000000Z`;

export async function presentProjects(
  db: Q,
  rows: ProjectRow[],
  caller: UserRow,
  todayFrom: string = utcMidnight(),
) {
  const ids = rows.map((r) => r.id);
  const creatorIds = rows.map((r) => r.created_by).filter((id): id is number => id !== null);
  const [creators, members, queue] = await Promise.all([
    usersByIds(db, creatorIds),
    membersOf(db, ids),
    queueProgress(db, caller.id, ids, todayFrom),
  ]);
  const byId = new Map(creators.map((u) => [u.id, u]));
  return rows.map((p) =>
    presentProject(p, {
      createdBy: p.created_by === null ? undefined : byId.get(p.created_by),
      members: allowed(caller, 'projects.manage') ? (members.get(p.id) ?? []) : [],
      queue: queue.get(p.id),
    }),
  );
}

export async function saveMembers(db: Q, projectId: number, members: number[] | undefined) {
  if (members !== undefined) await setMembers(db, projectId, members);
}

export const stamp = () => nowIso();
