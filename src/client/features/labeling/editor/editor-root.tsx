// The annotation editor for one task: EditorProvider gives every renderer (and side panels
// such as the region list) the config, data and registry; EditorLayout renders the config's
// layout through the registry. EditorRoot is both, for a page with no side panels.
import { useMemo, type ReactNode } from 'react';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { LayoutChildren } from './layout-node';
import { RENDERERS } from './registry';
import { RenderContextProvider, useRenderContext, type RenderContext } from './render-context';

export interface EditorRootProps {
  config: LabelConfig;
  data: Readonly<Record<string, unknown>>;
  taskId: number;
  readOnly?: boolean;
}

export function EditorProvider({
  config,
  data,
  taskId,
  readOnly = false,
  children,
}: EditorRootProps & { children: ReactNode }) {
  const ctx = useMemo<RenderContext>(
    () => ({ config, data, taskId, readOnly, registry: RENDERERS }),
    [config, data, taskId, readOnly],
  );
  return <RenderContextProvider value={ctx}>{children}</RenderContextProvider>;
}

export function EditorLayout() {
  const { config } = useRenderContext();
  return (
    <div className="lc-root" data-editor-root="">
      <LayoutChildren nodes={config.root.children} />
    </div>
  );
}

export function EditorRoot(props: EditorRootProps) {
  return (
    <EditorProvider {...props}>
      <EditorLayout />
    </EditorProvider>
  );
}
