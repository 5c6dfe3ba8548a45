// Zoom in/out/reset for global hotkeys, which know nothing about images: they act on the image
// the user last hovered or focused, or the most recently mounted one.

export interface ImageViewController {
  zoomIn(): void;
  zoomOut(): void;
  reset(): void;
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

/** The editor's zoom directions (ActionHost.zoom) as view methods. */
const ZOOM = { in: 'zoomIn', out: 'zoomOut', reset: 'reset' } as const;

export const imageViewActions = {
  zoomIn: () => target()?.zoomIn(),
  zoomOut: () => target()?.zoomOut(),
  reset: () => target()?.reset(),
  zoom: (direction: keyof typeof ZOOM) => target()?.[ZOOM[direction]](),
  /** Whether any image is on screen (hotkey cheat sheets can hide the zoom keys otherwise). */
  available: () => views.length > 0,
};
