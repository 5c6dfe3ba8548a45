import { sql, type Insertable, type Selectable } from 'kysely';
import type { Q } from './connect';
import { read } from './prepared';
import type { ProjectsTable } from './schema';

export type ProjectRow = Selectable<ProjectsTable>;

const byId = read<{ id: number }>()((q, p) =>
  q.selectFrom('projects').selectAll().where('id', '=', p.id),
);
export const projectById = (db: Q, id: number) => byId.first(db, { id });

const membersOfOne = read<{ id: number }>()((q, p) =>
  q.selectFrom('project_members').select('user_id').where('project_id', '=', p.id),
);

/** Locks the project row on PostgreSQL for the rest of the transaction (no-op on SQLite). */
export const projectByIdForUpdate = (db: Q, id: number, dialect: 'sqlite' | 'postgres') => {
  const q = db.selectFrom('projects').selectAll().where('id', '=', id);
  return (dialect === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
};

export interface ProjectListFilter {
  ids?: number[] | undefined;
  title?: string | undefined;
  /** Restrict to projects this user may see (no members list, or listed as a member). */
  memberId?: number | undefined;
  ordering: { column: 'id' | 'title' | 'created_at' | 'pinned_at'; desc: boolean }[];
  limit: number;
  offset: number;
}

function filtered(db: Q, f: Omit<ProjectListFilter, 'ordering' | 'limit' | 'offset'>) {
  let q = db.selectFrom('projects');
  if (f.ids?.length) q = q.where('projects.id', 'in', f.ids);
  if (f.title) {
    const pattern = `%${f.title.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    // An explicit ESCAPE: SQLite's LIKE has no default escape character (PostgreSQL's is `\`).
    q = q.where(sql<boolean>`lower(projects.title) like ${pattern} escape '\\'`);
  }
  const memberId = f.memberId;
  if (memberId !== undefined) {
    q = q.where((eb) =>
      eb.or([
        eb.not(
          eb.exists(
            eb
              .selectFrom('project_members as m')
              .select('m.user_id')
              .whereRef('m.project_id', '=', 'projects.id'),
          ),
        ),
        eb.exists(
          eb
            .selectFrom('project_members as m')
            .select('m.user_id')
            .whereRef('m.project_id', '=', 'projects.id')
            .where('m.user_id', '=', memberId),
        ),
      ]),
    );
  }
  return q;
}

export async function listProjects(db: Q, f: ProjectListFilter) {
  const base = filtered(db, f);
  const count = await base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  let q = base.selectAll('projects');
  for (const o of f.ordering) {
    // NULL pinned_at sorts last when pinned projects come first.
    if (o.column === 'pinned_at')
      q = q.orderBy((eb) => eb.case().when('pinned_at', 'is', null).then(1).else(0).end());
    q = q.orderBy(o.column, o.desc ? 'desc' : 'asc');
  }
  const rows = await q.orderBy('projects.id', 'desc').limit(f.limit).offset(f.offset).execute();
  return { count: Number(count.n), rows };
}

export async function insertProject(db: Q, row: Insertable<ProjectsTable>): Promise<ProjectRow> {
  const { id } = await db
    .insertInto('projects')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return (await projectById(db, id))!;
}

export const updateProject = (db: Q, id: number, patch: Partial<Omit<ProjectRow, 'id'>>) =>
  db.updateTable('projects').set(patch).where('id', '=', id).execute();

export const deleteProject = (db: Q, id: number) =>
  db.deleteFrom('projects').where('id', '=', id).execute();

export async function membersOf(db: Q, projectIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>(projectIds.map((id) => [id, []]));
  if (projectIds.length === 0) return out;
  const rows = await db
    .selectFrom('project_members')
    .select(['project_id', 'user_id'])
    .where('project_id', 'in', projectIds)
    .orderBy('user_id')
    .execute();
  for (const r of rows) out.get(r.project_id)?.push(r.user_id);
  return out;
}

export async function setMembers(db: Q, projectId: number, userIds: number[]): Promise<void> {
  await db.deleteFrom('project_members').where('project_id', '=', projectId).execute();
  const unique = [...new Set(userIds)];
  if (unique.length) {
    await db
      .insertInto('project_members')
      .values(unique.map((user_id) => ({ project_id: projectId, user_id })))
      .execute();
  }
}

export async function isVisibleTo(db: Q, projectId: number, userId: number): Promise<boolean> {
  const members = await membersOfOne.all(db, { id: projectId });
  return members.length === 0 || members.some((m) => m.user_id === userId);
}

/**
 * Per project: tasks the user annotated or skipped, how many of those are now labeled, and the
 * annotations they submitted since `since` (their "today").
 */
export async function queueProgress(db: Q, userId: number, projectIds: number[], since: string) {
  const out = new Map<number, { done: number; labeledDone: number; today: number }>();
  if (projectIds.length === 0) return out;
  const rows = await db
    .selectFrom('annotations as a')
    .innerJoin('tasks as t', 't.id', 'a.task_id')
    .select((eb) => [
      'a.project_id',
      eb.fn.count<number>('a.task_id').distinct().as('done'),
      eb.fn
        .count<number>(eb.case().when('t.is_labeled', '=', 1).then(eb.ref('a.task_id')).end())
        .distinct()
        .as('labeled_done'),
      eb.fn
        .count<number>(
          eb
            .case()
            .when(eb.and([eb('a.created_at', '>=', since), eb('a.was_cancelled', '=', 0)]))
            .then(eb.ref('a.id'))
            .end(),
        )
        .as('today'),
    ])
    .where('a.completed_by', '=', userId)
    .where('a.project_id', 'in', projectIds)
    .groupBy('a.project_id')
    .execute();
  for (const r of rows)
    out.set(r.project_id, {
      done: Number(r.done),
      labeledDone: Number(r.labeled_done),
      today: Number(r.today),
    });
  return out;
}
