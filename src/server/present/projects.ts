import type { Project } from '../../shared/api/projects';
import { parsedLabelConfig } from '../../shared/label-config/summary';
import type { ProjectRow } from '../db/projects';
import type { UserRow } from '../db/users';
import { configOf } from '../label-config';
import { userRef } from './users';

export interface ProjectExtras {
  createdBy: UserRow | undefined;
  members: number[];
  queue: { done: number; labeledDone: number; today: number } | undefined;
}

const bool = (v: number) => v === 1;

export function presentProject(p: ProjectRow, x: ProjectExtras): Project {
  const done = x.queue?.done ?? 0;
  return {
    id: p.id,
    title: p.title,
    description: p.description,
    label_config: p.label_config,
    parsed_label_config: parsedLabelConfig(configOf(p.label_config)),
    expert_instruction: p.expert_instruction,
    show_instruction: bool(p.show_instruction),
    show_skip_button: bool(p.show_skip_button),
    enable_empty_annotation: bool(p.enable_empty_annotation),
    show_annotation_history: bool(p.show_annotation_history),
    show_collab_predictions: bool(p.show_collab_predictions),
    maximum_annotations: p.maximum_annotations,
    sampling: p.sampling as Project['sampling'],
    show_ground_truth_first: bool(p.show_ground_truth_first),
    show_overlap_first: bool(p.show_overlap_first),
    skip_queue: p.skip_queue as Project['skip_queue'],
    lock_ttl: p.lock_ttl,
    color: p.color,
    model_version: p.model_version,
    created_by: x.createdBy ? userRef(x.createdBy) : null,
    created_at: p.created_at,
    pinned_at: p.pinned_at,
    task_number: p.task_number,
    finished_task_number: p.finished_task_number,
    total_annotations_number: p.total_annotations_number,
    skipped_annotations_number: p.skipped_annotations_number,
    ground_truth_number: p.ground_truth_number,
    useful_annotation_number: p.useful_annotation_number,
    num_tasks_with_annotations: p.num_tasks_with_annotations,
    total_predictions_number: p.total_predictions_number,
    // Tasks still open to the caller plus those they did that others completed since.
    queue_total: p.task_number - p.finished_task_number + (x.queue?.labeledDone ?? 0),
    queue_done: done,
    queue_done_today: x.queue?.today ?? 0,
    members: x.members,
  };
}
