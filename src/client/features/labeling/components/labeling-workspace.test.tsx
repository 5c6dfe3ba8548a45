import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildProject, buildWhoami } from '../../../../../test/setup/factories';
import {
  errorResponse,
  jsonResponse,
  stubFetch,
  type StubRequest,
} from '../../../../../test/setup/fetch';
import { buildAnnotation, buildNextTask } from '../../../../../test/setup/labeling-factories';
import { renderWithProviders } from '../../../../../test/setup/render';
import {
  fixtureConfigs,
  fixtureTasks,
} from '../../../../shared/label-config/fixture-files.test-support';
import { paths, routePatterns } from '../../../lib/paths';
import { editorActions } from '../stores/editor-store';
import { LabelingWorkspace } from './labeling-workspace';

const config = fixtureConfigs.get('sentiment.xml')!;
const tasks = JSON.parse(fixtureTasks.get('sentiment.json')!) as {
  data: Record<string, unknown>;
  annotations?: { result: Record<string, unknown>[] }[];
}[];
const project = buildProject({ id: 3, label_config: config });
const user = buildWhoami();
const first = buildNextTask({ id: 21, data: tasks[0]!.data });
const second = buildNextTask({ id: 22, data: tasks[1]!.data });

afterEach(() => editorActions.taskClosed());

function renderWorkspace(routes: Parameters<typeof stubFetch>[0]) {
  const stub = stubFetch({
    'GET /api/projects/3/next': [jsonResponse(first), jsonResponse(second)],
    'GET /api/projects/3/label-stream-history': jsonResponse([]),
    'GET /api/tasks/21': jsonResponse(first),
    'GET /api/tasks/22': jsonResponse(second),
    'POST /api/tasks/21/drafts': jsonResponse({}, 500),
    ...routes,
  });
  const view = renderWithProviders(null, {
    route: paths.labeling(3),
    routes: [
      {
        path: routePatterns.labeling,
        element: <LabelingWorkspace project={project} user={user} />,
      },
    ],
  });
  return { ...view, ...stub };
}

const posted = (requests: StubRequest[]) =>
  requests.filter((r) => r.method === 'POST' && r.url.pathname === '/api/tasks/21/annotations');

describe('LabelingWorkspace', () => {
  it.each([
    [0, 'No tasks yet'],
    [12, 'You’re all done here'],
  ])('with nothing to hand out and %i tasks in the project, says which it is', async (n, title) => {
    stubFetch({
      'GET /api/projects/3/next': errorResponse(404, 'There are no tasks for ada@example.org'),
    });
    renderWithProviders(null, {
      route: paths.labeling(3),
      routes: [
        {
          path: routePatterns.labeling,
          element: <LabelingWorkspace project={{ ...project, task_number: n }} user={user} />,
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: title })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the project' })).toBeInTheDocument();
  });

  it('opens the next task, labels it by key, submits through the outbox and moves on', async () => {
    const { user: keys, requests } = renderWorkspace({
      'POST /api/tasks/21/annotations': (r) =>
        jsonResponse(
          buildAnnotation({ id: 5, task: 21, result: (r.body as never)['result'] }),
          201,
        ),
    });
    expect(await screen.findByRole('heading', { name: 'Task 21' })).toBeInTheDocument();

    // Nothing chosen: the shared rules refuse the submit, in place.
    await keys.keyboard('{Control>}{Enter}{/Control}');
    expect(await screen.findByText('Fix these before submitting')).toBeInTheDocument();
    expect(posted(requests)).toHaveLength(0);

    await keys.keyboard('1');
    expect(screen.getByRole('radio', { name: /Positive/ })).toBeChecked();
    await keys.keyboard('{Control>}{Enter}{/Control}');

    expect(await screen.findByRole('heading', { name: 'Task 22' })).toBeInTheDocument();
    await waitFor(() => expect(posted(requests)).toHaveLength(1));
    const body = posted(requests)[0]!.body as Record<string, unknown>;
    const expected = tasks[0]!.annotations![0]!.result;
    expect(body).toMatchObject({ was_cancelled: false, unique_id: expect.any(String) });
    expect((body['result'] as Record<string, unknown>[]).map(({ id: _, ...rest }) => rest)).toEqual(
      expected.map(({ id: _, ...rest }) => rest),
    );
    expect(typeof body['lead_time']).toBe('number');
    // The prefetch kept the submitted task out.
    const prefetch = requests.find((r) => r.url.searchParams.get('exclude') === '21');
    expect(prefetch).toBeDefined();
  });

  it('lists every shortcut on ? — editor actions and the config’s hotkeys', async () => {
    const { user: keys } = renderWorkspace({});
    await screen.findByRole('heading', { name: 'Task 21' });
    await keys.keyboard('?');
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(
      within(sheet).getByText('Submit (or update) and go to the next task'),
    ).toBeInTheDocument();
    expect(within(sheet).getByText('Positive')).toBeInTheDocument();
  });
});
