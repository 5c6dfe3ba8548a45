// Raw element tree → typed tag tree. Recursion depth is bounded by xml-reader's MAX_DEPTH.
import { attributeReader } from './attribute-reader';
import { errorAt, type ConfigError } from './config-error';
import type { BuildContext } from './build-context';
import { TAG_BUILDERS } from './tag-builders';
import { canonicalTagName, canonicalTier2TagName, type TagName } from './tag-names';
import type { NodeOf, ViewNode } from './tag-tree';
import type { RawElement } from './xml-reader';

function buildNode<T extends TagName>(tag: T, el: RawElement, ctx: BuildContext): NodeOf<T> {
  const builder = TAG_BUILDERS[tag];
  return builder(el, ctx);
}

export function buildTree(root: RawElement, errors: ConfigError[]): ViewNode | undefined {
  const ctx: BuildContext = {
    errors,
    attributes: (el) => attributeReader(el, errors),
    children<T extends TagName>(el: RawElement, allowed: readonly T[]): NodeOf<T>[] {
      const out: NodeOf<T>[] = [];
      for (const child of el.children) {
        const tag = canonicalTagName(child.name);
        if (tag === undefined) {
          const tier2 = canonicalTier2TagName(child.name);
          errors.push(
            errorAt(
              child,
              tier2 ? `Tag ${tier2} is not supported yet` : `Unknown tag <${child.name}>`,
            ),
          );
          continue;
        }
        const allowedTag = allowed.find((t) => t === tag);
        if (allowedTag === undefined) {
          errors.push(errorAt(child, `<${tag}> is not allowed inside <${el.name}>`));
          continue;
        }
        out.push(buildNode(allowedTag, child, ctx));
      }
      return out;
    },
  };
  if (canonicalTagName(root.name) !== 'View') {
    errors.push(errorAt(root, `The root tag must be <View>, not <${root.name}>`));
    return undefined;
  }
  return buildNode('View', root, ctx);
}
