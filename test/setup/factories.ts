// Builders for API objects. Every object goes through the shared zod schema, so a stubbed
// response can never drift from what the real server is allowed to send.
import { ErrorBody } from '../../src/shared/api/errors';
import { permissionsOf } from '../../src/shared/api/permissions';
import { Project, ProjectList } from '../../src/shared/api/projects';
import { User, Whoami } from '../../src/shared/api/users';

let nextId = 1;
const newId = () => nextId++;

const NOW = '2024-06-18T23:45:46.048490Z';

export function buildUser(overrides: Partial<User> = {}): User {
  const id = overrides.id ?? newId();
  return User.parse({
    id,
    first_name: 'Ada',
    last_name: 'Lovelace',
    username: `ada${id}`,
    email: `ada${id}@example.org`,
    role: 'annotator',
    is_active: true,
    avatar: null,
    initials: 'AL',
    last_activity: NOW,
    date_joined: '2024-06-01T08:00:00.000000Z',
    ...overrides,
  });
}

/** whoami: the user plus the permissions the server derives from the role. */
export function buildWhoami(overrides: Partial<Whoami> = {}): Whoami {
  const user = buildUser(overrides);
  return Whoami.parse({ ...user, permissions: permissionsOf(user.role), ...overrides });
}

export function buildProject(overrides: Partial<Project> = {}): Project {
  const id = overrides.id ?? newId();
  return Project.parse({
    id,
    title: `Project ${id}`,
    description: '',
    label_config: '<View></View>',
    parsed_label_config: {},
    expert_instruction: '',
    show_instruction: false,
    show_skip_button: true,
    enable_empty_annotation: true,
    show_annotation_history: false,
    show_collab_predictions: true,
    maximum_annotations: 1,
    sampling: 'Sequential sampling',
    show_ground_truth_first: false,
    show_overlap_first: false,
    skip_queue: 'REQUEUE_FOR_OTHERS',
    lock_ttl: 3600,
    color: '#FFFFFF',
    model_version: '',
    created_by: {
      id: 1,
      first_name: 'Admin',
      last_name: '',
      email: 'admin@example.org',
      avatar: null,
    },
    created_at: NOW,
    pinned_at: null,
    task_number: 0,
    finished_task_number: 0,
    total_annotations_number: 0,
    skipped_annotations_number: 0,
    ground_truth_number: 0,
    useful_annotation_number: 0,
    num_tasks_with_annotations: 0,
    total_predictions_number: 0,
    queue_total: 0,
    queue_done: 0,
    queue_done_today: 0,
    members: [],
    ...overrides,
  });
}

export function buildProjectList(
  results: Project[],
  page: { count?: number; next?: string | null; previous?: string | null } = {},
): ProjectList {
  return ProjectList.parse({
    count: page.count ?? results.length,
    next: page.next ?? null,
    previous: page.previous ?? null,
    results,
  });
}

export function buildErrorBody(
  status: number,
  detail: string,
  validationErrors?: Record<string, string[]>,
): ErrorBody {
  return ErrorBody.parse({
    id: '2f1c7a0e-0d7b-4c59-9b55-3a0d4f3f2a11',
    status_code: status,
    version: '0.1.0',
    detail,
    exc_info: null,
    ...(validationErrors ? { validation_errors: validationErrors } : {}),
  });
}
