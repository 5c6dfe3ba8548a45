import type { Comment, RegionRef } from '../../shared/api/comments';
import type { Review, ReviewAction } from '../../shared/api/reviews';
import type { CommentRow } from '../db/comments';
import type { ReviewRow } from '../db/reviews';

export function presentReview(r: ReviewRow): Review {
  return {
    id: r.id,
    annotation: r.annotation_id,
    created_by: r.created_by,
    created_at: r.created_at,
    accepted: r.accepted === 1,
    action: r.action as ReviewAction,
    comment: r.comment,
    fixed_annotation: r.fixed_annotation_id,
  };
}

export function presentComment(c: CommentRow): Comment {
  return {
    id: c.id,
    text: c.text,
    annotation: c.annotation_id,
    task: c.task_id,
    created_by: c.created_by,
    created_at: c.created_at,
    updated_at: c.updated_at,
    is_resolved: c.is_resolved === 1,
    resolved_at: c.resolved_at,
    region_ref: c.region_ref === null ? null : (JSON.parse(c.region_ref) as RegionRef),
  };
}
