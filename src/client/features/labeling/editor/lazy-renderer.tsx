// Object renderers that only some configs need (HTML with its sanitizer, images with their
// drawing tools) load on first use, so a text-only project never downloads them.
import { Suspense, lazy, type ComponentType } from 'react';
import { Spinner } from '../../../components/spinner';
import type { LayoutTagName, NodeOfTag, Renderer } from './renderer-types';

export function lazyRenderer<T extends LayoutTagName>(
  load: () => Promise<ComponentType<{ node: NodeOfTag<T> }>>,
): Renderer<T> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function LazyRenderer({ node }: { node: NodeOfTag<T> }) {
    return (
      <Suspense fallback={<Spinner label={`Loading the ${node.tag} view…`} />}>
        <Lazy node={node} />
      </Suspense>
    );
  };
}
