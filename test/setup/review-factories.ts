// Builders for review and comment API objects. Like factories.ts, every object goes through
// the shared zod schema, so a stubbed response can never drift from what the server may send.
import { createElement } from 'react';
import { Route } from '../../src/client/app/routes/review-route';
import { SignedInUserContext } from '../../src/client/features/auth/hooks/use-signed-in-user';
import { editorActions } from '../../src/client/features/labeling/stores/editor-store';
import { routePatterns } from '../../src/client/lib/paths';
import type { Annotation } from '../../src/shared/api/annotations';
import { Comment } from '../../src/shared/api/comments';
import {
  Review,
  ReviewNext,
  ReviewQueueItem,
  ReviewQueuePage,
  type ReviewAction,
} from '../../src/shared/api/reviews';
import type { TaskDetail } from '../../src/shared/api/task-detail';
import { fixtureConfigs } from '../../src/shared/label-config/fixture-files.test-support';
import { buildProject, buildWhoami } from './factories';
import { jsonResponse, stubFetch, type Reply } from './fetch';
import { NOW, buildExpandedAnnotation, buildTaskDetail } from './labeling-factories';
import { renderWithProviders } from './render';

let nextId = 5000;
const newId = () => nextId++;

export function buildReview(overrides: Partial<Review> & { action?: ReviewAction } = {}): Review {
  const action = overrides.action ?? 'accept';
  return Review.parse({
    id: overrides.id ?? newId(),
    annotation: 1,
    created_by: 9,
    created_at: NOW,
    accepted: action !== 'reject',
    action,
    comment: null,
    fixed_annotation: null,
    ...overrides,
  });
}

export function buildQueueItem(overrides: Partial<ReviewQueueItem> = {}): ReviewQueueItem {
  const id = overrides.id ?? newId();
  return ReviewQueueItem.parse({
    id,
    task: 1,
    inner_id: 1,
    completed_by: 7,
    created_username: ' ada@example.org, 7',
    created_at: NOW,
    updated_at: NOW,
    lead_time: 12.5,
    last_action: 'submitted',
    result_count: 1,
    ...overrides,
  });
}

export function buildQueuePage(
  results: ReviewQueueItem[],
  page: { count?: number } = {},
): ReviewQueuePage {
  return ReviewQueuePage.parse({
    count: page.count ?? results.length,
    next: null,
    previous: null,
    results,
  });
}

/** `review/next`: the task detail and the annotation of it that waits. */
export function buildReviewNext(task: TaskDetail, annotationId: number): ReviewNext {
  const found = task.annotations.find((a) => a.id === annotationId);
  if (!found) throw new Error(`Task ${task.id} has no annotation ${annotationId}`);
  return ReviewNext.parse({
    task,
    annotation: { ...found, completed_by: found.completed_by?.id ?? null },
  });
}

export function buildComment(overrides: Partial<Comment> = {}): Comment {
  return Comment.parse({
    id: overrides.id ?? newId(),
    text: 'Check the second sentence.',
    annotation: 1,
    task: 1,
    created_by: 9,
    created_at: NOW,
    updated_at: NOW,
    is_resolved: false,
    resolved_at: null,
    region_ref: null,
    ...overrides,
  });
}

// ---------------------------------------------------------------------------------------------
// The review route as the app renders it (project query, signed-in user, the real editor), with
// fixtures for a sentiment project: task 21 has Ada's annotation 31 waiting and Ben's 32.

export const PROJECT_ID = 3;
export const reviewer = buildWhoami({
  id: 9,
  role: 'reviewer',
  first_name: 'Rita',
  last_name: 'Reviewer',
});
export const reviewProject = buildProject({
  id: PROJECT_ID,
  title: 'Sentiment',
  label_config: fixtureConfigs.get('sentiment.xml')!,
});

/** A sentiment result as the fixture writes it. */
export const sentiment = (choice: string) => [
  {
    id: 'ODjfcRNL2E',
    from_name: 'sentiment',
    to_name: 'text',
    type: 'choices',
    origin: 'manual',
    value: { choices: [choice] },
  },
];

const ben = {
  id: 8,
  first_name: 'Ben',
  last_name: 'Two',
  email: 'ben@example.org',
  avatar: null,
  initials: 'BT',
};

/** Task 21: Ada's annotation 31 (Positive) waits for review; Ben's 32 (Negative) beside it. */
export function taskWithTwo(
  overrides: { ada?: Partial<Annotation>; ben?: Partial<Annotation> } = {},
): TaskDetail {
  return buildTaskDetail({
    id: 21,
    inner_id: 1,
    project: PROJECT_ID,
    data: { text: 'The kettle boils in forty seconds. Love it!' },
    annotations: [
      buildExpandedAnnotation({
        id: 31,
        task: 21,
        userId: 7,
        result: sentiment('Positive'),
        lead_time: 42,
        ...overrides.ada,
      }),
      {
        ...buildExpandedAnnotation({
          id: 32,
          task: 21,
          userId: 8,
          result: sentiment('Negative'),
          lead_time: 130,
          ...overrides.ben,
        }),
        completed_by: ben,
      },
    ],
  });
}

/** Task 22 with annotation 33: what `review/next` offers after task 21. */
export const nextTask = buildTaskDetail({
  id: 22,
  inner_id: 2,
  project: PROJECT_ID,
  data: { text: 'Arrived late, box crushed.' },
  annotations: [buildExpandedAnnotation({ id: 33, task: 22, result: sentiment('Negative') })],
});

/** The stubs every review view needs; a test adds or replaces its own. */
export function reviewStubs(routes: Record<string, Reply | Reply[]> = {}) {
  return stubFetch({
    [`GET /api/projects/${PROJECT_ID}`]: jsonResponse(reviewProject),
    [`GET /api/projects/${PROJECT_ID}/review/queue`]: jsonResponse(buildQueuePage([])),
    [`GET /api/projects/${PROJECT_ID}/review/next`]: jsonResponse(buildReviewNext(nextTask, 33)),
    'GET /api/tasks/21': jsonResponse(taskWithTwo()),
    'GET /api/tasks/22': jsonResponse(nextTask),
    'GET /api/annotations/31/reviews': jsonResponse([]),
    'GET /api/annotations/33/reviews': jsonResponse([]),
    'GET /api/comments': jsonResponse([]),
    ...routes,
  });
}

export function renderReview(search = '?task=21&annotation=31') {
  const page = createElement(SignedInUserContext, { value: reviewer }, createElement(Route));
  return renderWithProviders(null, {
    route: `/projects/${PROJECT_ID}/review${search}`,
    routes: [{ path: routePatterns.review, element: page }],
  });
}

/** Only one editor exists at a time: close it between tests. */
export const closeEditor = () => editorActions.taskClosed();
