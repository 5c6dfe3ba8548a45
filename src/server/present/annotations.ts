import type { Annotation, LastAction } from '../../shared/api/annotations';
import type { Draft } from '../../shared/api/drafts';
import type { Prediction } from '../../shared/api/predictions';
import { timeAgo } from '../../shared/lib/time-ago';
import type { AnnotationRow } from '../db/annotations';
import type { DraftRow } from '../db/drafts';
import type { PredictionRow } from '../db/predictions';
import type { UserRow } from '../db/users';
import { createdUsername, initials, userRef } from './users';
import { extend } from './extend';

export type UsersById = ReadonlyMap<number, UserRow>;

const parseResult = (text: string | null) =>
  text === null ? null : (JSON.parse(text) as Annotation['result']);

export function presentAnnotation(
  a: AnnotationRow,
  users: UsersById,
  now = Date.now(),
): Annotation {
  return {
    id: a.id,
    result: parseResult(a.result),
    created_username: createdUsername(
      a.completed_by === null ? undefined : users.get(a.completed_by),
    ),
    created_ago: timeAgo(a.created_at, now),
    completed_by: a.completed_by,
    unique_id: a.unique_id,
    was_cancelled: a.was_cancelled === 1,
    ground_truth: a.ground_truth === 1,
    created_at: a.created_at,
    updated_at: a.updated_at,
    draft_created_at: a.draft_created_at,
    lead_time: a.lead_time,
    import_id: a.import_id,
    last_action: a.last_action as LastAction | null,
    bulk_created: a.bulk_created === 1,
    task: a.task_id,
    project: a.project_id,
    updated_by: a.updated_by,
    parent_prediction: a.parent_prediction,
    parent_annotation: a.parent_annotation,
    last_created_by: a.last_created_by,
  };
}

/** Task detail expands `completed_by` to the user (api-contract.md §6). */
export function presentAnnotationExpanded(a: AnnotationRow, users: UsersById, now = Date.now()) {
  const u = a.completed_by === null ? undefined : users.get(a.completed_by);
  return extend(presentAnnotation(a, users, now), {
    completed_by: u ? extend(userRef(u), { initials: initials(u) }) : null,
  });
}

export function presentDraft(d: DraftRow, users: UsersById, now = Date.now()): Draft {
  const u = users.get(d.user_id);
  return {
    id: d.id,
    user: u?.email ?? '',
    created_username: createdUsername(u),
    created_ago: timeAgo(d.created_at, now),
    result: parseResult(d.result),
    lead_time: d.lead_time,
    was_postponed: d.was_postponed === 1,
    import_id: d.import_id,
    created_at: d.created_at,
    updated_at: d.updated_at,
    task: d.task_id,
    annotation: d.annotation_id,
  };
}

export function presentPrediction(p: PredictionRow, now = Date.now()): Prediction {
  return {
    id: p.id,
    result: JSON.parse(p.result) as Prediction['result'],
    model_version: p.model_version,
    created_ago: timeAgo(p.created_at, now),
    score: p.score,
    created_at: p.created_at,
    updated_at: p.updated_at,
    task: p.task_id,
    project: p.project_id,
  };
}
