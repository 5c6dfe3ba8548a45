// The open task's editor state: the result being edited (with undo/redo), the selected region
// and the labels armed for the next region. One task is open at a time. Persistence is not this
// store's job: the draft store mirrors `result` for that (see use-draft-sync).
import { create } from 'zustand';
import type { ResultEntry } from '../../../../shared/annotation/result-item-types';

type Result = readonly ResultEntry[];

/** Undo depth; older steps are dropped (a long session must not grow without bound). */
const HISTORY_LIMIT = 200;

interface EditorState {
  taskId: number | null;
  result: Result;
  past: Result[];
  future: Result[];
  selectedRegionId: string | null;
  /** Control name → label values armed for the next region drawn or selected on its object. */
  armed: Readonly<Record<string, readonly string[]>>;
  /** Client-side validation errors by result path (`result[3].value.end`), from the last submit. */
  issues: Readonly<Record<string, readonly string[]>>;
  /** Bumped on every edit, so subscribers can tell an edit from an open. */
  revision: number;
}

interface EditorActions {
  taskOpened(taskId: number, result: Result): void;
  taskClosed(): void;
  /** One user edit: `next` becomes the result and the previous one an undo step. */
  resultEdited(next: Result): void;
  undoPressed(): void;
  redoPressed(): void;
  regionSelected(id: string | null): void;
  /** Arms a label for new regions; `single` replaces the control's armed labels. */
  labelToggled(control: string, value: string, mode: 'single' | 'multiple'): void;
  labelsDisarmed(control?: string): void;
  validationFailed(issues: Record<string, readonly string[]>): void;
}

const initial: EditorState = {
  taskId: null,
  result: [],
  past: [],
  future: [],
  selectedRegionId: null,
  armed: {},
  issues: {},
  revision: 0,
};

const editorStore = create<EditorState & EditorActions>()((set) => ({
  ...initial,
  taskOpened: (taskId, result) => set({ ...initial, taskId, result }),
  taskClosed: () => set(initial),
  resultEdited: (next) =>
    set((s) => ({
      result: next,
      past: [...s.past, s.result].slice(-HISTORY_LIMIT),
      future: [],
      issues: {},
      revision: s.revision + 1,
    })),
  undoPressed: () =>
    set((s) => {
      const previous = s.past.at(-1);
      if (!previous) return s;
      return {
        result: previous,
        past: s.past.slice(0, -1),
        future: [s.result, ...s.future],
        revision: s.revision + 1,
      };
    }),
  redoPressed: () =>
    set((s) => {
      const [next, ...rest] = s.future;
      if (!next) return s;
      return {
        result: next,
        past: [...s.past, s.result],
        future: rest,
        revision: s.revision + 1,
      };
    }),
  regionSelected: (id) => set({ selectedRegionId: id }),
  labelToggled: (control, value, mode) =>
    set((s) => {
      const current = s.armed[control] ?? [];
      const on = current.includes(value);
      const labels =
        mode === 'single'
          ? on
            ? []
            : [value]
          : on
            ? current.filter((v) => v !== value)
            : [...current, value];
      return { armed: { ...s.armed, [control]: labels } };
    }),
  labelsDisarmed: (control) =>
    set((s) => {
      if (control === undefined) return { armed: {} };
      const { [control]: _dropped, ...rest } = s.armed;
      return { armed: rest };
    }),
  validationFailed: (issues) => set({ issues }),
}));

// Selector hooks: components subscribe to the slice they render, never the whole store.
export const useEditorResult = () => editorStore((s) => s.result);
export const useEditorTaskId = () => editorStore((s) => s.taskId);
export const useSelectedRegionId = () => editorStore((s) => s.selectedRegionId);
export const useArmedLabels = (control: string) => editorStore((s) => s.armed[control] ?? NONE);
export const useEditorIssues = () => editorStore((s) => s.issues);
export const useCanUndo = () => editorStore((s) => s.past.length > 0);
export const useCanRedo = () => editorStore((s) => s.future.length > 0);
export function useEditorSelector<T>(selector: (state: EditorState) => T): T {
  return editorStore(selector);
}

const NONE: readonly string[] = [];

/** Actions and a non-reactive read, for event handlers (no re-render on change). */
export const editorActions: EditorActions = {
  taskOpened: (...a) => editorStore.getState().taskOpened(...a),
  taskClosed: () => editorStore.getState().taskClosed(),
  resultEdited: (next) => editorStore.getState().resultEdited(next),
  undoPressed: () => editorStore.getState().undoPressed(),
  redoPressed: () => editorStore.getState().redoPressed(),
  regionSelected: (id) => editorStore.getState().regionSelected(id),
  labelToggled: (...a) => editorStore.getState().labelToggled(...a),
  labelsDisarmed: (control) => editorStore.getState().labelsDisarmed(control),
  validationFailed: (issues) => editorStore.getState().validationFailed(issues),
};

export const readEditor = (): EditorState => editorStore.getState();

/** Applies a pure edit to the current result as one undo step. */
export function editResult(edit: (result: Result) => Result): void {
  const { result } = editorStore.getState();
  const next = edit(result);
  if (next !== result) editorActions.resultEdited(next);
}

/** Subscribe outside React (draft sync, tests). */
export const subscribeEditor = editorStore.subscribe;
