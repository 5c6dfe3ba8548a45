import { show } from './json-values';
import type { ChoiceNode, TaxonomyNode } from './tag-tree';
import type { ItemContext } from './validation-context';

/** The node a path of values (or aliases) reaches, or undefined. */
export function findTaxonomyNode(
  options: readonly ChoiceNode[],
  path: readonly unknown[],
): ChoiceNode | undefined {
  let level = options;
  let node: ChoiceNode | undefined;
  for (const step of path) {
    node = level.find((o) => o.value === step || (o.alias !== undefined && o.alias === step));
    if (!node) return undefined;
    level = node.children;
  }
  return node;
}

/** `{"taxonomy": [["A", "B"], ...]}`: each selection is a full path that exists. */
export function validateTaxonomyValue(ctx: ItemContext, control: TaxonomyNode): void {
  const paths = ctx.value['taxonomy'];
  const field = 'value.taxonomy';
  if (!Array.isArray(paths)) {
    ctx.error(field, `taxonomy must be a list of paths, got ${show(paths)}`);
    return;
  }
  if (control.maxUsages !== undefined && paths.length > control.maxUsages) {
    ctx.error(field, `${paths.length} selections exceed maxUsages=${control.maxUsages}`);
  }
  for (const path of paths) {
    if (!Array.isArray(path) || path.length === 0 || path.some((p) => typeof p !== 'string')) {
      ctx.error(field, `each selection must be a non-empty list of strings, got ${show(path)}`);
      continue;
    }
    const node = findTaxonomyNode(control.options, path);
    if (!node) ctx.error(field, `${show(path)} is not a path of "${control.name}"`);
    else if (control.leafsOnly && node.children.length > 0) {
      ctx.error(field, `${show(path)} is not a leaf (leafsOnly is set)`);
    }
  }
}
