import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Comment } from '../shared/api/comments';
import { Prediction } from '../shared/api/predictions';
import { ProjectList } from '../shared/api/projects';
import { Review } from '../shared/api/reviews';
import type { Role } from '../shared/api/users';
import {
  FORBIDDEN,
  annotate,
  createProject,
  createTask,
  expectError,
  expectOk,
  sentimentResult,
  useApi,
} from '../../test/setup/api';
import type { TestResponse, TestUser } from '../../test/setup/test-server';

const s = useApi();
let users: Record<Role, TestUser>;
let otherReviewer: TestUser;
let projectId: number;
let taskId: number;

beforeAll(async () => {
  users = {
    annotator: await s.makeUser('annotator'),
    reviewer: await s.makeUser('reviewer'),
    admin: await s.makeUser('admin'),
  };
  otherReviewer = await s.makeUser('reviewer');
  projectId = (await createProject(s, 'sentiment', { title: 'Matrix' })).id;
  taskId = (await createTask(s, projectId)).id;
});

const freshProject = async () => (await createProject(s)).id;
const freshTask = async () => (await createTask(s, projectId)).id;
let seq = 0;

const annotateAs = (as: TestUser, task: number) => annotate(s, task, undefined, { as });

async function predict(task: number): Promise<Prediction> {
  const res = await s.request('POST', '/api/predictions', {
    body: { task, result: sentimentResult('Negative'), score: 0.5 },
  });
  return expectOk(res, 201, Prediction);
}

interface Row {
  action: string;
  /** The status each role gets: a 2xx where the contract allows the action, else 403/404. */
  expected: Record<Role, number>;
  send: (as: TestUser) => Promise<TestResponse>;
}

const everyone = (status: number) => ({ annotator: status, reviewer: status, admin: status });
const adminOnly = (status: number) => ({ annotator: 403, reviewer: 403, admin: status });
const reviewerUp = (status: number) => ({ annotator: 403, reviewer: status, admin: status });

/** api-contract.md §3, one row per action. */
const MATRIX: Row[] = [
  {
    action: 'list projects',
    expected: everyone(200),
    send: (as) => s.request('GET', '/api/projects', { as }),
  },
  {
    action: 'read a project',
    expected: everyone(200),
    send: (as) => s.request('GET', `/api/projects/${projectId}`, { as }),
  },
  {
    action: 'create a project',
    expected: adminOnly(201),
    send: (as) => s.request('POST', '/api/projects', { as, body: { title: 'Made in matrix' } }),
  },
  {
    action: 'patch a project',
    expected: adminOnly(200),
    send: (as) =>
      s.request('PATCH', `/api/projects/${projectId}`, { as, body: { description: 'x' } }),
  },
  {
    action: 'delete a project',
    expected: adminOnly(204),
    send: async (as) => s.request('DELETE', `/api/projects/${await freshProject()}`, { as }),
  },
  {
    action: 'check a config against a project',
    expected: adminOnly(200),
    send: (as) =>
      s.request('POST', `/api/projects/${projectId}/validate`, {
        as,
        body: { label_config: '<View><Text name="text" value="$text"/></View>' },
      }),
  },
  {
    action: "delete all of a project's tasks",
    expected: adminOnly(204),
    send: async (as) => s.request('DELETE', `/api/projects/${await freshProject()}/tasks`, { as }),
  },
  {
    action: 'list users',
    expected: adminOnly(200),
    send: (as) => s.request('GET', '/api/users', { as }),
  },
  {
    action: 'create a user',
    expected: adminOnly(201),
    send: (as) =>
      s.request('POST', '/api/users', {
        as,
        body: { email: `matrix-${++seq}@example.org`, password: 'long enough pw' },
      }),
  },
  {
    action: "read another user's profile",
    expected: adminOnly(200),
    send: (as) => s.request('GET', `/api/users/${s.admin.user.id}`, { as }),
  },
  {
    action: 'list all tasks of a project',
    expected: reviewerUp(200),
    send: (as) => s.request('GET', `/api/tasks?project=${projectId}`, { as }),
  },
  {
    action: 'read task data',
    expected: everyone(200),
    send: (as) => s.request('GET', `/api/tasks/${taskId}`, { as }),
  },
  {
    action: 'create a task',
    expected: adminOnly(201),
    send: (as) =>
      s.request('POST', '/api/tasks', { as, body: { project: projectId, data: { text: 'new' } } }),
  },
  {
    action: 'patch a task',
    expected: adminOnly(200),
    send: (as) =>
      s.request('PATCH', `/api/tasks/${taskId}`, { as, body: { meta: { by: as.user.role } } }),
  },
  {
    action: 'delete a task',
    expected: adminOnly(204),
    send: async (as) => s.request('DELETE', `/api/tasks/${await freshTask()}`, { as }),
  },
  {
    action: 'create a prediction',
    expected: adminOnly(201),
    send: (as) =>
      s.request('POST', '/api/predictions', {
        as,
        body: { task: taskId, result: sentimentResult('Positive') },
      }),
  },
  {
    action: 'delete a prediction',
    expected: adminOnly(204),
    send: async (as) =>
      s.request('DELETE', `/api/predictions/${(await predict(taskId)).id}`, { as }),
  },
  {
    action: "list a project's predictions",
    expected: reviewerUp(200),
    send: (as) => s.request('GET', `/api/predictions?project=${projectId}`, { as }),
  },
  {
    action: 'create an own annotation',
    expected: everyone(201),
    send: async (as) =>
      s.request('POST', `/api/tasks/${await freshTask()}/annotations`, {
        as,
        body: { result: sentimentResult('Negative') },
      }),
  },
  {
    action: 'update and delete an own annotation',
    expected: everyone(204),
    send: async (as) => {
      const own = await annotateAs(as, await freshTask());
      const patched = await s.request('PATCH', `/api/annotations/${own.id}`, {
        as,
        body: { result: sentimentResult('Negative') },
      });
      expect(patched.status).toBe(200);
      return s.request('DELETE', `/api/annotations/${own.id}`, { as });
    },
  },
  {
    action: "read another user's annotation (404 for an annotator: no leak)",
    expected: { annotator: 404, reviewer: 200, admin: 200 },
    send: async (as) => {
      const theirs = await annotateAs(s.admin, await freshTask());
      return s.request('GET', `/api/annotations/${theirs.id}`, { as });
    },
  },
  {
    action: 'set ground_truth on an own annotation',
    expected: reviewerUp(200),
    send: async (as) => {
      const own = await annotateAs(as, await freshTask());
      return s.request('PATCH', `/api/annotations/${own.id}`, { as, body: { ground_truth: true } });
    },
  },
  // Review and comments (§12).
  {
    action: 'review an annotation',
    expected: reviewerUp(201),
    send: async (as) => {
      const theirs = await annotateAs(users.annotator, await freshTask());
      return s.request('POST', `/api/annotations/${theirs.id}/review`, {
        as,
        body: { action: 'accept' },
      });
    },
  },
  {
    action: "read the reviews of another user's annotation (404 for an annotator: no leak)",
    expected: { annotator: 404, reviewer: 200, admin: 200 },
    send: async (as) => {
      const theirs = await annotateAs(s.admin, await freshTask());
      return s.request('GET', `/api/annotations/${theirs.id}/reviews`, { as });
    },
  },
  {
    action: 'read the reviews of an own annotation',
    expected: everyone(200),
    send: async (as) => {
      const own = await annotateAs(as, await freshTask());
      return s.request('GET', `/api/annotations/${own.id}/reviews`, { as });
    },
  },
  {
    action: 'delete an own review (an annotator: a review of their annotation)',
    expected: reviewerUp(204),
    send: async (as) => {
      const isAnnotator = as.user.role === 'annotator';
      const target = await annotateAs(isAnnotator ? as : users.annotator, await freshTask());
      const id = await reviewOf(target.id, isAnnotator ? s.admin : as);
      return s.request('DELETE', `/api/reviews/${id}`, { as });
    },
  },
  {
    action: "delete another reviewer's review",
    expected: adminOnly(204),
    send: async (as) => {
      const target = await annotateAs(users.annotator, await freshTask());
      return s.request('DELETE', `/api/reviews/${await reviewOf(target.id, otherReviewer)}`, {
        as,
      });
    },
  },
  {
    action: 'get the next annotation to review',
    expected: reviewerUp(200),
    send: async (as) => {
      await annotateAs(users.annotator, await freshTask());
      return s.request('GET', `/api/projects/${projectId}/review/next`, { as });
    },
  },
  {
    action: 'list the review queue',
    expected: reviewerUp(200),
    send: (as) => s.request('GET', `/api/projects/${projectId}/review/queue`, { as }),
  },
  {
    action: 'comment on an own annotation',
    expected: everyone(201),
    send: async (as) => {
      const own = await annotateAs(as, await freshTask());
      return s.request('POST', '/api/comments', { as, body: { annotation: own.id, text: 'hm' } });
    },
  },
  {
    action: "comment on another user's annotation (404 for an annotator: no leak)",
    expected: { annotator: 404, reviewer: 201, admin: 201 },
    send: async (as) => {
      const theirs = await annotateAs(s.admin, await freshTask());
      return s.request('POST', '/api/comments', { as, body: { annotation: theirs.id, text: 'x' } });
    },
  },
  {
    action: 'read the comments of a task',
    expected: everyone(200),
    send: (as) => s.request('GET', `/api/comments?task=${taskId}`, { as }),
  },
  {
    action: "resolve a reviewer's comment on an own annotation",
    expected: reviewerUp(200),
    send: async (as) => {
      const id = await reviewerCommentOnOwn(as);
      return s.request('PATCH', `/api/comments/${id}`, { as, body: { is_resolved: true } });
    },
  },
  {
    action: "edit the text of someone else's comment",
    expected: everyone(403),
    send: async (as) => {
      const id = await reviewerCommentOnOwn(as);
      return s.request('PATCH', `/api/comments/${id}`, { as, body: { text: 'rewritten' } });
    },
  },
  {
    action: "delete someone else's comment",
    expected: adminOnly(204),
    send: async (as) =>
      s.request('DELETE', `/api/comments/${await reviewerCommentOnOwn(as)}`, { as }),
  },
  // Export (reviewer, admin) joins this table when GET /api/projects/{id}/export exists.
];

/** A review of the annotation by `by`; its id. */
async function reviewOf(annotationId: number, by: TestUser): Promise<number> {
  const res = await s.request('POST', `/api/annotations/${annotationId}/review`, {
    as: by,
    body: { action: 'accept' },
  });
  return expectOk(res, 201, Review).id;
}

/** Another reviewer's comment on an annotation of the caller; its id. */
async function reviewerCommentOnOwn(as: TestUser): Promise<number> {
  const own = await annotateAs(as, await freshTask());
  const res = await s.request('POST', '/api/comments', {
    as: otherReviewer,
    body: { annotation: own.id, text: 'Please check' },
  });
  return expectOk(res, 201, Comment).id;
}

describe('role matrix (api-contract.md §3)', () => {
  const cases = MATRIX.flatMap((row) =>
    (['annotator', 'reviewer', 'admin'] as const).map((role) => ({ ...row, role })),
  );
  it.each(cases)('$role: $action', async ({ role, expected, send }) => {
    const res = await send(users[role]);
    const want = expected[role];
    if (want === 403) expectError(res, 403, FORBIDDEN);
    else if (want === 404) expectError(res, 404);
    else expect(res.status, res.text.slice(0, 400)).toBe(want);
  });
});

describe('project membership', () => {
  let hidden: number;
  let member: TestUser;
  let outsider: TestUser;
  let hiddenTask: number;

  beforeAll(async () => {
    member = await s.makeUser('annotator');
    outsider = await s.makeUser('annotator');
    hidden = (
      await createProject(s, 'sentiment', { title: 'Members only', members: [member.user.id] })
    ).id;
    hiddenTask = (await createTask(s, hidden)).id;
  });

  const listedIds = async (as: TestUser) =>
    expectOk(
      await s.request('GET', '/api/projects?page_size=100', { as }),
      200,
      ProjectList,
    ).results.map((p) => p.id);

  it('hides a project from an annotator not in its members list (404, not listed)', async () => {
    expectError(
      await s.request('GET', `/api/projects/${hidden}`, { as: outsider }),
      404,
      'No Project matches the given query.',
    );
    expect(await listedIds(outsider)).not.toContain(hidden);
    expect(await listedIds(outsider)).toContain(projectId);
    expectError(
      await s.request('GET', `/api/tasks/${hiddenTask}`, { as: outsider }),
      404,
      'No Task matches the given query.',
    );
    const annotate = await s.request('POST', `/api/tasks/${hiddenTask}/annotations`, {
      as: outsider,
      body: { result: sentimentResult('Positive') },
    });
    expectError(annotate, 404);
  });

  it('shows it to a member, who does not see the members list itself', async () => {
    expect(await listedIds(member)).toContain(hidden);
    const res = await s.request('GET', `/api/projects/${hidden}`, { as: member });
    expect(res.status).toBe(200);
    expect(res.body.members).toEqual([]);
    expect((await s.request('GET', `/api/tasks/${hiddenTask}`, { as: member })).status).toBe(200);
  });

  it('shows every project and its members to an admin', async () => {
    const res = await s.request('GET', `/api/projects/${hidden}`);
    expect(z.array(z.number()).parse(res.body.members)).toEqual([member.user.id]);
    expect(await listedIds(s.admin)).toContain(hidden);
  });

  it('opens the project to everyone again when the members list is emptied', async () => {
    const other = (await createProject(s, 'sentiment', { members: [member.user.id] })).id;
    expect(await listedIds(outsider)).not.toContain(other);
    expect(
      (await s.request('PATCH', `/api/projects/${other}`, { body: { members: [] } })).status,
    ).toBe(200);
    expect(await listedIds(outsider)).toContain(other);
  });

  it('refuses unknown member ids', async () => {
    const res = await s.request('POST', '/api/projects', { body: { members: [999999] } });
    expectError(res, 400, 'Validation error');
    expect(res.body.validation_errors.members).toEqual(['Unknown user ids: 999999.']);
  });
});
