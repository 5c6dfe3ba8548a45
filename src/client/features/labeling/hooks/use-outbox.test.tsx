import 'fake-indexeddb/auto';
import { useQueryClient } from '@tanstack/react-query';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorResponse, jsonResponse, stubFetch } from '../../../../../test/setup/fetch';
import { NOW, buildAnnotation } from '../../../../../test/setup/labeling-factories';
import { renderWithProviders } from '../../../../../test/setup/render';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { fixtureTasks } from '../../../../shared/label-config/fixture-files.test-support';
import { toWireResult } from '../api/annotation-api';
import { draftActions, draftsHydrated, readDraft } from '../stores/draft-store';
import {
  isOutboxHydrated,
  outboxActions,
  readOutbox,
  useOutboxSummary,
} from '../stores/outbox-store';
import { useOutboxProcessor } from './use-outbox';

const nerTasks = JSON.parse(fixtureTasks.get('ner.json')!) as {
  annotations: { result: ResultEntry[]; lead_time: number }[];
}[];
const expected = nerTasks[0]!.annotations[0]!;
const meta = { projectId: 3, annotationId: null, baseUpdatedAt: null };
const THEIRS = '2024-06-19T10:00:00.000000Z';
// The upper end of the jitter: the first retry waits the full second.
const noJitter = () => 1;

function Outbox() {
  useOutboxProcessor(useQueryClient(), { random: noJitter });
  const { waiting, failed, conflicts } = useOutboxSummary();
  return (
    <section aria-label="Outbox">
      <p>{waiting.length} waiting</p>
      <ul aria-label="Failed">
        {failed.map((e) => (
          <li key={e.key}>{e.error}</li>
        ))}
      </ul>
      {conflicts.map((e) => (
        <div key={e.key} role="group" aria-label={`Conflict on task ${e.taskId}`}>
          <p>Theirs: {e.current?.updated_at}</p>
          <button onClick={() => outboxActions.conflictResolved(e.key, 'mine')}>Keep mine</button>
          <button onClick={() => outboxActions.conflictResolved(e.key, 'theirs')}>
            Keep theirs
          </button>
        </div>
      ))}
    </section>
  );
}

const created = (uniqueId: string) =>
  jsonResponse(
    buildAnnotation({
      id: 50,
      task: 1,
      result: toWireResult(expected.result),
      unique_id: uniqueId,
    }),
    201,
  );
const submit = () =>
  outboxActions.enqueueSubmit({
    taskId: 1,
    projectId: 3,
    result: expected.result,
    leadTime: expected.lead_time,
  });
/** An update of annotation 9 made from the version at NOW (the server has a newer one). */
const staleUpdate = () =>
  outboxActions.enqueueUpdate({
    taskId: 1,
    projectId: 3,
    annotationId: 9,
    result: expected.result,
    leadTime: 33,
    ifMatch: NOW,
  });

const uniqueIds = (requests: { body: unknown }[]) =>
  new Set(requests.map((r) => (r.body as { unique_id: string }).unique_id));

beforeEach(async () => {
  await draftsHydrated();
  await waitFor(() => expect(isOutboxHydrated()).toBe(true));
  draftActions.draftEdited(1, expected.result, meta);
});

afterEach(() => {
  for (const entry of readOutbox()) outboxActions.entryRemoved(entry.key);
  draftActions.draftDiscarded(1);
});

describe('outbox', () => {
  it('waits while offline and sends once on `online`, with the same unique_id', async () => {
    let online = false;
    const { requests } = stubFetch({
      'POST /api/tasks/1/annotations': (request) => {
        if (!online) throw new TypeError('Failed to fetch');
        return created((request.body as { unique_id: string }).unique_id);
      },
    });
    renderWithProviders(<Outbox />);
    const key = submit();

    await waitFor(() => expect(requests).toHaveLength(2), { timeout: 3000 });
    expect(screen.getByText('1 waiting')).toBeInTheDocument();
    expect(readDraft(1)).not.toBeNull();

    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.getByText('0 waiting')).toBeInTheDocument());
    expect(requests).toHaveLength(3);
    expect(uniqueIds(requests)).toEqual(new Set([key]));
    expect(requests[2]!.body).toEqual({
      unique_id: key,
      result: expected.result,
      lead_time: expected.lead_time,
      was_cancelled: false,
    });
    expect(readDraft(1)).toBeNull();
  });

  it('retries a 5xx after a backoff', async () => {
    const { requests } = stubFetch({
      'POST /api/tasks/1/annotations': [
        errorResponse(500, 'Internal server error'),
        (request) => created((request.body as { unique_id: string }).unique_id),
      ],
    });
    renderWithProviders(<Outbox />);
    submit();
    await waitFor(() => expect(readOutbox()).toEqual([]), { timeout: 3000 });
    expect(requests).toHaveLength(2);
    expect(uniqueIds(requests).size).toBe(1);
    expect(readDraft(1)).toBeNull();
  });

  it('waits as long as Retry-After says', async () => {
    const { requests } = stubFetch({
      'POST /api/tasks/1/annotations': errorResponse(429, 'Request was throttled.', {
        headers: { 'Retry-After': '30' },
      }),
    });
    renderWithProviders(<Outbox />);
    const sentAt = Date.now();
    submit();
    await waitFor(() => expect(readOutbox()[0]?.attempts).toBe(1));
    const wait = readOutbox()[0]!.nextAttemptAt - sentAt;
    expect(wait).toBeGreaterThanOrEqual(30_000);
    expect(wait).toBeLessThan(31_000);
    expect(requests).toHaveLength(1);
  });

  it('marks a 400 failed with its message and keeps the draft', async () => {
    const { requests } = stubFetch({
      'POST /api/tasks/1/annotations': errorResponse(400, 'Validation error', {
        validationErrors: { 'result[2].value.labels': ['"Persn" is not a label of "ner"'] },
      }),
    });
    renderWithProviders(<Outbox />);
    submit();
    const failed = await screen.findByRole('list', { name: 'Failed' });
    expect(
      await within(failed).findByText(
        'Validation error: result[2].value.labels: "Persn" is not a label of "ner"',
      ),
    ).toBeInTheDocument();
    expect(readDraft(1)?.result).toEqual(expected.result);
    expect(requests).toHaveLength(1);
  });

  it('turns a stale update into a conflict; "Keep mine" resends over the current version', async () => {
    const current = buildAnnotation({ id: 9, task: 1, updated_at: THEIRS, result: [] });
    const { requests } = stubFetch({
      'PATCH /api/annotations/9': [
        errorResponse(409, 'Annotation was changed by someone else.'),
        jsonResponse(buildAnnotation({ id: 9, task: 1, result: toWireResult(expected.result) })),
      ],
      'GET /api/annotations/9': jsonResponse(current),
    });
    const { user } = renderWithProviders(<Outbox />);
    staleUpdate();

    const conflict = await screen.findByRole('group', { name: 'Conflict on task 1' });
    expect(within(conflict).getByText(`Theirs: ${THEIRS}`)).toBeInTheDocument();
    const patches = () => requests.filter((r) => r.method === 'PATCH');
    expect(patches()[0]!.headers.get('If-Match')).toBe(`"${NOW}"`);

    await user.click(within(conflict).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(readOutbox()).toEqual([]));
    expect(patches()).toHaveLength(2);
    expect(patches()[1]!.headers.get('If-Match')).toBe(`"${THEIRS}"`);
    expect(patches()[1]!.body).toEqual({ result: expected.result, lead_time: 33 });
    expect(readDraft(1)).toBeNull();
  });

  it('"Keep theirs" drops the entry and the draft without sending', async () => {
    const { requests } = stubFetch({
      'PATCH /api/annotations/9': errorResponse(409, 'Annotation was changed by someone else.'),
      'GET /api/annotations/9': jsonResponse(buildAnnotation({ id: 9, updated_at: THEIRS })),
    });
    const { user } = renderWithProviders(<Outbox />);
    staleUpdate();
    const conflict = await screen.findByRole('group', { name: 'Conflict on task 1' });
    await user.click(within(conflict).getByRole('button', { name: 'Keep theirs' }));
    expect(readOutbox()).toEqual([]);
    expect(readDraft(1)).toBeNull();
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('queues one create per task however often submit is pressed', () => {
    stubFetch({});
    expect(submit()).toBe(submit());
    expect(readOutbox()).toHaveLength(1);
  });
});
