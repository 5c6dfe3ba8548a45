import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, get, set } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';
import { fixtureTasks } from '../../../../shared/label-config/fixture-files.test-support';

const nerTasks = JSON.parse(fixtureTasks.get('ner.json')!) as {
  annotations: { result: ResultEntry[] }[];
}[];
const nerResult = nerTasks[0]!.annotations[0]!.result;
const meta = { projectId: 3, annotationId: null, baseUpdatedAt: null };

/** A page load: fresh modules over whatever IndexedDB holds. */
async function reload() {
  vi.resetModules();
  const drafts = await import('./draft-store');
  return drafts;
}

const stored = async () =>
  JSON.parse((await get<string>('margin.drafts', createStore('margin', 'keyval'))) ?? 'null') as {
    state: { drafts: Record<string, unknown> };
    version: number;
  } | null;

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('draft store', () => {
  it('persists drafts to IndexedDB and restores them after a reload', async () => {
    const first = await reload();
    await first.draftsHydrated();
    first.draftActions.draftEdited(1, nerResult, meta);
    first.draftActions.activeTimeAdded(1, 4.5);
    const before = first.readDraft(1);
    await vi.waitFor(async () => expect((await stored())?.state.drafts['1']).toEqual(before));

    const second = await reload();
    expect(second.readDraft(1)).toBeNull(); // Not loaded yet: the page must wait.
    await second.draftsHydrated();
    expect(second.readDraft(1)).toEqual(before);
    expect(second.readDraft(1)?.result).toEqual(nerResult);
    expect(second.readActiveSeconds(1)).toBe(4.5);
  });

  it('migrates drafts stored by version 0', async () => {
    const v0 = {
      state: {
        drafts: {
          '3': { taskId: 3, projectId: 2, result: nerResult, leadTime: 7.5, updatedAt: 1000 },
          '4': { taskId: 'not a number' },
        },
      },
      version: 0,
    };
    await set('margin.drafts', JSON.stringify(v0), createStore('margin', 'keyval'));

    const drafts = await reload();
    await drafts.draftsHydrated();
    expect(drafts.readDraft(3)).toEqual({
      taskId: 3,
      projectId: 2,
      annotationId: null,
      result: nerResult,
      activeSeconds: 7.5,
      baseUpdatedAt: null,
      editedAt: 1000,
      syncedAt: null,
      serverDraftId: null,
    });
    expect(drafts.readDraft(4)).toBeNull();
    await vi.waitFor(async () => expect((await stored())?.version).toBe(1));
  });

  it('keeps stored drafts when an edit lands before hydration finished', async () => {
    const first = await reload();
    await first.draftsHydrated();
    first.draftActions.draftEdited(1, nerResult, meta);
    await vi.waitFor(async () => expect((await stored())?.state.drafts['1']).toBeDefined());

    const second = await reload();
    second.draftActions.draftEdited(2, [], meta);
    await second.draftsHydrated();
    expect(second.readDraft(1)?.result).toEqual(nerResult);
    expect(second.readDraft(2)).not.toBeNull();
    await vi.waitFor(async () =>
      expect(Object.keys((await stored())?.state.drafts ?? {})).toEqual(['1', '2']),
    );
  });

  it('works from memory when IndexedDB is unavailable', async () => {
    // @ts-expect-error -- a browser without IndexedDB (some private modes)
    delete globalThis.indexedDB;
    const drafts = await reload();
    await drafts.draftsHydrated();
    drafts.draftActions.draftEdited(5, nerResult, meta);
    expect(drafts.readDraft(5)?.result).toEqual(nerResult);
  });

  it('folds time spent before the first edit into the draft', async () => {
    const { draftActions, draftsHydrated, readActiveSeconds, readDraft } = await reload();
    await draftsHydrated();
    draftActions.activeTimeAdded(6, 3);
    expect(readDraft(6)).toBeNull();
    expect(readActiveSeconds(6)).toBe(3);
    draftActions.draftEdited(6, nerResult, meta);
    draftActions.activeTimeAdded(6, 2);
    expect(readDraft(6)?.activeSeconds).toBe(5);
  });

  it('is removed only by draftDiscarded, and not when edited after the submit', async () => {
    const { draftActions, draftsHydrated, readDraft } = await reload();
    await draftsHydrated();
    draftActions.draftEdited(7, [], meta);
    const submittedAt = readDraft(7)!.editedAt;
    draftActions.draftEdited(7, nerResult, meta);
    draftActions.draftDiscarded(7, submittedAt);
    expect(readDraft(7)?.result).toEqual(nerResult);
    draftActions.draftDiscarded(7);
    expect(readDraft(7)).toBeNull();
  });

  it('keeps the server draft id only while the draft edits the same annotation', async () => {
    const { draftActions, draftsHydrated, readDraft } = await reload();
    await draftsHydrated();
    draftActions.draftEdited(8, [], meta);
    draftActions.draftSynced(8, 41, readDraft(8)!.editedAt);
    draftActions.draftEdited(8, nerResult, meta);
    expect(readDraft(8)).toMatchObject({ serverDraftId: 41 });
    draftActions.draftEdited(8, nerResult, { ...meta, annotationId: 9 });
    expect(readDraft(8)).toMatchObject({ serverDraftId: null, syncedAt: null });
  });
});
