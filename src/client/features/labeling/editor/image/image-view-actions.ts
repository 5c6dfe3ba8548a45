// Zoom and rotation for global hotkeys, which know nothing about images: they act on the image
// the user last hovered or focused, or the most recently mounted one.

export interface ImageViewController {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
  rotateLeft(): void;
  rotateRight(): void;
}

const views: ImageViewController[] = [];
let active: ImageViewController | null = null;

/** Registers a mounted image's view; returns the unregister function. */
export function registerImageView(view: ImageViewController): () => void {
  views.push(view);
  return () => {
    const at = views.indexOf(view);
    if (at !== -1) views.splice(at, 1);
    if (active === view) active = null;
  };
}

export function imageViewActivated(view: ImageViewController): void {
  if (views.includes(view)) active = view;
}

const target = (): ImageViewController | undefined => active ?? views.at(-1);

/** The editor's view commands (ActionHost.view) as view methods. */
const COMMANDS = {
  'zoom-in': 'zoomIn',
  'zoom-out': 'zoomOut',
  'zoom-reset': 'reset',
  'rotate-left': 'rotateLeft',
  'rotate-right': 'rotateRight',
} as const satisfies Record<string, keyof ImageViewController>;

export type ViewCommand = keyof typeof COMMANDS;

export const imageViewActions = {
  view: (command: ViewCommand) => target()?.[COMMANDS[command]](),
};
