// The annotation editor for one task: the config's layout rendered through the registry.
import { useMemo } from 'react';
import type { LabelConfig } from '../../../../shared/label-config/label-config';
import { LayoutChildren } from './layout-node';
import { RENDERERS } from './registry';
import { RenderContextProvider, type RenderContext } from './render-context';

export interface EditorRootProps {
  config: LabelConfig;
  data: Readonly<Record<string, unknown>>;
  taskId: number;
  readOnly?: boolean;
}

export function EditorRoot({ config, data, taskId, readOnly = false }: EditorRootProps) {
  const ctx = useMemo<RenderContext>(
    () => ({ config, data, taskId, readOnly, registry: RENDERERS }),
    [config, data, taskId, readOnly],
  );
  return (
    <RenderContextProvider value={ctx}>
      <div className="lc-root" data-editor-root="">
        <LayoutChildren nodes={config.root.children} />
      </div>
    </RenderContextProvider>
  );
}
