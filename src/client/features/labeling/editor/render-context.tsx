// What every tag renderer may read besides its own node: the parsed config, the task's data and
// whether the editor accepts edits. Provided once by EditorRoot.
import { createContext, useContext } from 'react';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import type { RendererRegistry } from './renderer-types';

export interface RenderContext {
  readonly config: LabelConfig;
  readonly data: Readonly<Record<string, unknown>>;
  readonly taskId: number;
  /** Reviewing a result someone else owns, or a task opened read-only. */
  readonly readOnly: boolean;
  readonly registry: RendererRegistry;
}

const Context = createContext<RenderContext | null>(null);
export const RenderContextProvider = Context.Provider;

export function useRenderContext(): RenderContext {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('Tag renderers must be used inside <EditorRoot>.');
  return ctx;
}
