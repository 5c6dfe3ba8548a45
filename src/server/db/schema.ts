import type { Generated } from 'kysely';

/**
 * Column types as stored. Both dialects use the same physical types so one query layer serves
 * both: datetimes are ISO-8601 text (µs precision, lexically ordered), JSON is text (so key
 * order survives byte for byte), booleans are 0/1 integers.
 */
type Bool = number;
type Json = string;
type Datetime = string;

export interface UsersTable {
  id: Generated<number>;
  email: string;
  username: string;
  first_name: string;
  last_name: string;
  role: string;
  is_active: Bool;
  password_hash: string;
  api_token: string;
  avatar: string | null;
  last_activity: Datetime | null;
  date_joined: Datetime;
}

export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Datetime;
  expires_at: Datetime;
}

export interface AccessTokensTable {
  id: Generated<number>;
  user_id: number;
  token_hash: string;
  created_at: Datetime;
}

export interface LoginFailuresTable {
  id: Generated<number>;
  email: string;
  ip: string;
  created_at: Datetime;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ProjectsTable {
  id: Generated<number>;
  title: string;
  description: string;
  label_config: string;
  expert_instruction: string;
  show_instruction: Bool;
  show_skip_button: Bool;
  enable_empty_annotation: Bool;
  show_annotation_history: Bool;
  show_collab_predictions: Bool;
  maximum_annotations: number;
  sampling: string;
  show_ground_truth_first: Bool;
  show_overlap_first: Bool;
  skip_queue: string;
  lock_ttl: number;
  color: string;
  model_version: string;
  created_by: number | null;
  created_at: Datetime;
  updated_at: Datetime;
  pinned_at: Datetime | null;
  next_inner_id: Generated<number>;
  task_number: Generated<number>;
  finished_task_number: Generated<number>;
  total_annotations_number: Generated<number>;
  skipped_annotations_number: Generated<number>;
  ground_truth_number: Generated<number>;
  useful_annotation_number: Generated<number>;
  num_tasks_with_annotations: Generated<number>;
  total_predictions_number: Generated<number>;
}

export interface ProjectMembersTable {
  project_id: number;
  user_id: number;
}

export interface TasksTable {
  id: Generated<number>;
  project_id: number;
  inner_id: number;
  data: Json;
  meta: Json;
  created_at: Datetime;
  updated_at: Datetime;
  is_labeled: Generated<Bool>;
  overlap: number;
  total_annotations: Generated<number>;
  cancelled_annotations: Generated<number>;
  /**
   * Places of the overlap held: finished annotations (the contract's rule, which drives
   * is_labeled) plus rejected ones awaiting their author's rework (see db/counters.ts).
   */
  finished_annotations: Generated<number>;
  /** Not cancelled, not ground truth, result not null. */
  useful_annotations: Generated<number>;
  ground_truth_annotations: Generated<number>;
  total_predictions: Generated<number>;
  comment_count: Generated<number>;
  unresolved_comment_count: Generated<number>;
  last_comment_updated_at: Datetime | null;
  comment_authors: Generated<Json>;
  updated_by: number | null;
  file_upload: string | null;
  completed_at: Datetime | null;
  avg_lead_time: number | null;
}

export interface AnnotationsTable {
  id: Generated<number>;
  task_id: number;
  project_id: number;
  result: Json | null;
  completed_by: number | null;
  unique_id: string;
  was_cancelled: Bool;
  ground_truth: Bool;
  created_at: Datetime;
  updated_at: Datetime;
  draft_created_at: Datetime | null;
  lead_time: number | null;
  import_id: number | null;
  last_action: string | null;
  bulk_created: Bool;
  updated_by: number | null;
  parent_prediction: number | null;
  parent_annotation: number | null;
  last_created_by: number | null;
  /**
   * Review state (api-contract.md §12): NULL = waiting for review; else the outcome of the
   * review in effect. Reset to NULL when the content is submitted again.
   */
  review_status: ReviewStatus | null;
}

export type ReviewStatus = 'accepted' | 'rejected' | 'fixed';

export interface ReviewsTable {
  id: Generated<number>;
  annotation_id: number;
  task_id: number;
  project_id: number;
  created_by: number | null;
  created_at: Datetime;
  accepted: Bool;
  action: string;
  comment: string | null;
  /** The reviewer's corrected copy (a fix), a new annotation whose parent is this one. */
  fixed_annotation_id: number | null;
}

export interface CommentsTable {
  id: Generated<number>;
  annotation_id: number;
  task_id: number;
  project_id: number;
  created_by: number | null;
  created_at: Datetime;
  updated_at: Datetime;
  text: string;
  is_resolved: Bool;
  resolved_at: Datetime | null;
  /** JSON text of the region reference (a region id or an object), or NULL. */
  region_ref: Json | null;
}

export interface DraftsTable {
  id: Generated<number>;
  task_id: number;
  project_id: number;
  user_id: number;
  annotation_id: number | null;
  /** annotation_id or 0: NULLs are distinct in unique indexes, this is not. */
  annotation_key: number;
  result: Json | null;
  lead_time: number | null;
  was_postponed: Bool;
  import_id: number | null;
  created_at: Datetime;
  updated_at: Datetime;
}

export interface PredictionsTable {
  id: Generated<number>;
  task_id: number;
  project_id: number;
  result: Json;
  model_version: string;
  score: number | null;
  created_at: Datetime;
  updated_at: Datetime;
}

export interface TaskLocksTable {
  task_id: number;
  user_id: number;
  project_id: number;
  unique_lock_id: string;
  expires_at: Datetime;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  access_tokens: AccessTokensTable;
  login_failures: LoginFailuresTable;
  settings: SettingsTable;
  projects: ProjectsTable;
  project_members: ProjectMembersTable;
  tasks: TasksTable;
  annotations: AnnotationsTable;
  drafts: DraftsTable;
  predictions: PredictionsTable;
  task_locks: TaskLocksTable;
  reviews: ReviewsTable;
  comments: CommentsTable;
}
