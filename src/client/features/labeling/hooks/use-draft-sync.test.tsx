import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import {
  NOW,
  buildDraft,
  buildExpandedAnnotation,
  buildPrediction,
  buildTaskDetail,
} from '../../../../../test/setup/labeling-factories';
import { renderWithProviders } from '../../../../../test/setup/render';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { fixtureTasks } from '../../../../shared/label-config/fixture-files.test-support';
import { toWireResult } from '../api/annotation-api';
import { draftActions, draftsHydrated, readDraft } from '../stores/draft-store';
import { editorActions } from '../stores/editor-store';
import { pickInitialResult, useDraftSync, type DraftTarget } from './use-draft-sync';

type FixtureTask = {
  annotations?: { result: ResultEntry[] }[];
  predictions?: { result: ResultEntry[] }[];
};
const tasks = (name: string) => JSON.parse(fixtureTasks.get(name)!) as FixtureTask[];
const nerResult = tasks('ner.json')[0]!.annotations![0]!.result;
const predicted = tasks('sentiment.json')[1]!.predictions![0]!.result;

const target: DraftTarget = { taskId: 1, projectId: 3, annotationId: null, baseUpdatedAt: null };

function Toolbar({ at }: { at: DraftTarget }) {
  return <p>Draft {useDraftSync(at)}</p>;
}

const edit = (result: readonly ResultEntry[]) => act(() => editorActions.resultEdited(result));
const draftReply = (id: number) => (request: { body: unknown }) =>
  jsonResponse(buildDraft({ id, task: 1, ...(request.body as { result: [] }) }), 201);

beforeEach(async () => {
  await draftsHydrated();
  // setTimeout is faked to step the 3 s throttle; vi.waitFor moves it while polling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  editorActions.taskOpened(1, []);
});

afterEach(() => {
  vi.useRealTimers();
  editorActions.taskClosed();
  draftActions.draftDiscarded(1);
});

describe('useDraftSync', () => {
  it('saves edits locally at once and to the server at most every 3 s', async () => {
    const { requests } = stubFetch({
      'POST /api/tasks/1/drafts': draftReply(77),
      'PATCH /api/drafts/77': draftReply(77),
    });
    renderWithProviders(<Toolbar at={target} />);

    edit(nerResult);
    expect(readDraft(1)?.result).toEqual(nerResult);
    await vi.waitFor(() => expect(screen.getByText('Draft saved')).toBeInTheDocument());
    expect(requests).toHaveLength(1);
    expect(requests[0]!.body).toEqual({ result: nerResult, lead_time: 0 });

    edit(nerResult.slice(0, 2));
    edit(nerResult.slice(0, 1));
    expect(screen.getByText('Draft saving')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(requests).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(2_500));
    await vi.waitFor(() => expect(screen.getByText('Draft saved')).toBeInTheDocument());
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'POST /api/tasks/1/drafts',
      'PATCH /api/drafts/77',
    ]);
    expect(requests[1]!.body).toEqual({ result: nerResult.slice(0, 1), lead_time: 0 });
    expect(readDraft(1)?.serverDraftId).toBe(77);
  });

  it('keeps the draft on this device while offline and sends it when back online', async () => {
    let online = false;
    const { requests } = stubFetch({
      'POST /api/tasks/1/annotations/9/drafts': (request) => {
        if (!online) throw new TypeError('Failed to fetch');
        return draftReply(78)(request);
      },
    });
    renderWithProviders(<Toolbar at={{ ...target, annotationId: 9, baseUpdatedAt: NOW }} />);

    edit(nerResult);
    await vi.waitFor(() => expect(screen.getByText('Draft local-only')).toBeInTheDocument());
    expect(readDraft(1)).toMatchObject({ annotationId: 9, baseUpdatedAt: NOW, syncedAt: null });

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await vi.waitFor(() => expect(screen.getByText('Draft saved')).toBeInTheDocument());
    expect(requests).toHaveLength(2);
    expect(readDraft(1)?.serverDraftId).toBe(78);
  });

  it('hands an unsaved draft to the browser with keepalive when the page goes away', async () => {
    const { fetch } = stubFetch({
      'POST /api/tasks/1/drafts': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderWithProviders(<Toolbar at={target} />);
    edit(nerResult);
    await vi.waitFor(() => expect(screen.getByText('Draft local-only')).toBeInTheDocument());

    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    const last = fetch.mock.calls.at(-1)!;
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(last[1]).toMatchObject({ method: 'POST', keepalive: true });
    expect(readDraft(1)?.result).toEqual(nerResult);
  });
});

describe('pickInitialResult', () => {
  const localDraft = {
    taskId: 1,
    projectId: 3,
    annotationId: null,
    result: nerResult,
    activeSeconds: 4,
    baseUpdatedAt: null,
    editedAt: 1,
    syncedAt: null,
    serverDraftId: null,
  };
  const annotation = buildExpandedAnnotation({
    id: 9,
    result: toWireResult(nerResult),
    lead_time: 20.5,
  });
  const serverDraft = buildDraft({
    id: 5,
    result: toWireResult(nerResult.slice(0, 1)),
    lead_time: 6,
    annotation: 9,
  });

  it.each([
    ['local-draft', buildTaskDetail({ drafts: [serverDraft] }), localDraft],
    ['server-draft', buildTaskDetail({ annotations: [annotation], drafts: [serverDraft] }), null],
    ['annotation', buildTaskDetail({ annotations: [annotation] }), null],
    [
      'prediction',
      buildTaskDetail({ predictions: [buildPrediction({ result: toWireResult(predicted) })] }),
      null,
    ],
    ['empty', buildTaskDetail(), null],
  ] as const)('opens from the %s', (source, task, draft) => {
    expect(pickInitialResult(task, draft).source).toBe(source);
  });

  it('restores the server draft with its time and the annotation it edits', () => {
    const task = buildTaskDetail({ annotations: [annotation], drafts: [serverDraft] });
    expect(pickInitialResult(task, null)).toEqual({
      result: nerResult.slice(0, 1),
      activeSeconds: 6,
      annotationId: 9,
      baseUpdatedAt: NOW,
      previousLeadTime: 20.5,
      serverDraftId: 5,
      source: 'server-draft',
    });
  });

  it('edits only the given user’s annotation', () => {
    const task = buildTaskDetail({ annotations: [buildExpandedAnnotation({ userId: 8 })] });
    expect(pickInitialResult(task, null, { userId: 7 }).source).toBe('empty');
  });

  it('marks prediction items with origin "prediction", keeping Label Studio’s key order', () => {
    const task = buildTaskDetail({
      predictions: [buildPrediction({ result: toWireResult(predicted) })],
    });
    const { result } = pickInitialResult(task, null);
    expect(result).toEqual(predicted.map((item) => ({ ...item, origin: 'prediction' })));
    expect(Object.keys(result[0]!)).toEqual(Object.keys(predicted[0]!));
  });
});
