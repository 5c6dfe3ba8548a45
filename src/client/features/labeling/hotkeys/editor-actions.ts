// The one list of editor actions: it drives keyboard handling, the toolbar's key hints and
// the cheat sheet (design.md, Registries). Keys are normalized hotkeys (hotkey-keys.ts) and
// match EDITOR_KEYS, which configs may not take.
import { groupRegions } from '../../../../shared/annotation/regions';
import { deleteRegion } from '../../../../shared/annotation/edits';
import type { ViewCommand } from '../editor/image/image-view-actions';
import { editResult, editorActions, readEditor } from '../stores/editor-store';

/** What the page provides: the buttons' own handlers, so a key and a click do the same thing. */
export interface ActionHost {
  /** Viewing without editing: label and choice keys are off. */
  readonly readOnly: boolean;
  readonly canSubmit: boolean;
  readonly canSkip: boolean;
  /** Submit a new annotation, or update the one being edited. */
  submit(): void;
  skip(): void;
  openCheatSheet(): void;
  startLinking(): void;
  cancelLinking(): boolean;
  /** Zoom or turn the image the user last pointed at. */
  view(command: ViewCommand): void;
}

export interface EditorAction {
  readonly id: string;
  readonly label: string;
  readonly group: 'Task' | 'Edit' | 'Regions' | 'View' | 'Help';
  readonly keys: readonly string[];
  enabled(host: ActionHost): boolean;
  run(host: ActionHost): void;
}

const always = () => true;
const hasSelection = () => readEditor().selectedRegionId !== null;

function stepRegion(delta: 1 | -1) {
  const { regions } = groupRegions(readEditor().result);
  if (regions.length === 0) return;
  const at = regions.findIndex((r) => r.id === readEditor().selectedRegionId);
  const next = at === -1 ? (delta === 1 ? 0 : regions.length - 1) : at + delta;
  const region = regions[(next + regions.length) % regions.length];
  if (region) editorActions.regionSelected(region.id);
}

export const EDITOR_ACTIONS: readonly EditorAction[] = [
  {
    id: 'submit',
    label: 'Submit (or update) and go to the next task',
    group: 'Task',
    keys: ['ctrl+enter'],
    enabled: (h) => h.canSubmit,
    run: (h) => h.submit(),
  },
  {
    id: 'skip',
    label: 'Skip this task',
    group: 'Task',
    keys: ['ctrl+space'],
    enabled: (h) => h.canSkip,
    run: (h) => h.skip(),
  },
  {
    id: 'undo',
    label: 'Undo',
    group: 'Edit',
    keys: ['ctrl+z'],
    enabled: () => readEditor().past.length > 0,
    run: () => editorActions.undoPressed(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'Edit',
    keys: ['ctrl+shift+z'],
    enabled: () => readEditor().future.length > 0,
    run: () => editorActions.redoPressed(),
  },
  {
    id: 'delete-region',
    label: 'Delete the selected region',
    group: 'Regions',
    keys: ['backspace', 'delete'],
    enabled: hasSelection,
    run: () => {
      const id = readEditor().selectedRegionId;
      if (id === null) return;
      editResult((r) => deleteRegion(r, id));
      editorActions.regionSelected(null);
    },
  },
  {
    id: 'next-region',
    label: 'Select the next region',
    group: 'Regions',
    keys: ['alt+.'],
    enabled: always,
    run: () => stepRegion(1),
  },
  {
    id: 'previous-region',
    label: 'Select the previous region',
    group: 'Regions',
    keys: ['alt+,'],
    enabled: always,
    run: () => stepRegion(-1),
  },
  {
    id: 'link',
    label: 'Link the selected region to another (relation)',
    group: 'Regions',
    keys: ['alt+l'],
    enabled: hasSelection,
    run: (h) => h.startLinking(),
  },
  {
    id: 'unselect',
    label: 'Cancel linking, unselect the region, disarm labels',
    group: 'Regions',
    keys: ['escape'],
    enabled: always,
    run: (h) => {
      if (h.cancelLinking()) return;
      if (readEditor().selectedRegionId !== null) editorActions.regionSelected(null);
      else editorActions.labelsDisarmed();
    },
  },
  {
    id: 'zoom-in',
    label: 'Zoom in (images)',
    group: 'View',
    keys: ['alt+='],
    enabled: always,
    run: (h) => h.view('zoom-in'),
  },
  {
    id: 'zoom-out',
    label: 'Zoom out (images)',
    group: 'View',
    keys: ['alt+-'],
    enabled: always,
    run: (h) => h.view('zoom-out'),
  },
  {
    id: 'zoom-reset',
    label: 'Fit the image',
    group: 'View',
    keys: ['alt+0'],
    enabled: always,
    run: (h) => h.view('zoom-reset'),
  },
  {
    id: 'rotate-left',
    label: 'Turn the image left (images with rotateControl)',
    group: 'View',
    keys: ['alt+['],
    enabled: always,
    run: (h) => h.view('rotate-left'),
  },
  {
    id: 'rotate-right',
    label: 'Turn the image right (images with rotateControl)',
    group: 'View',
    keys: ['alt+]'],
    enabled: always,
    run: (h) => h.view('rotate-right'),
  },
  {
    id: 'cheat-sheet',
    label: 'Show keyboard shortcuts',
    group: 'Help',
    keys: ['?', 'shift+/'],
    enabled: always,
    run: (h) => h.openCheatSheet(),
  },
];

/** "ctrl+shift+z" → "Ctrl+Shift+Z" (⌘ on Apple keyboards). */
export function displayKey(key: string, apple: boolean): string {
  return key
    .split(/\+(?=.)/)
    .map((part) => {
      if (part === 'ctrl') return apple ? '⌘' : 'Ctrl';
      if (part === 'alt') return apple ? '⌥' : 'Alt';
      if (part === 'shift') return 'Shift';
      if (part.length === 1) return part.toUpperCase();
      return part.charAt(0).toUpperCase() + part.slice(1);
    })
    .join(apple ? '' : '+');
}

export const isApple = () =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
