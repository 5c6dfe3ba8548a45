// Depth-first walks over the View tree (depth is capped at parse time, so recursion is safe).
import { isControlTag } from './tag-names';
import type { ControlNode, LayoutChild, ViewNode, VisibilityCondition } from './tag-tree';

/** Visits every node under `view` in document order with the conditions of enclosing Views. */
export function walkLayout(
  view: ViewNode,
  visit: (node: LayoutChild, enclosing: readonly VisibilityCondition[]) => void,
  enclosing: readonly VisibilityCondition[] = [],
): void {
  const inside = view.visibility ? [...enclosing, view.visibility] : enclosing;
  for (const child of view.children) {
    visit(child, inside);
    if (child.tag === 'View') walkLayout(child, visit, inside);
  }
}

export function isControlNode(node: LayoutChild): node is ControlNode {
  return isControlTag(node.tag);
}

/** A copy of the tree with each control replaced by `fn(control)`. */
export function mapControls(view: ViewNode, fn: (control: ControlNode) => ControlNode): ViewNode {
  const children = view.children.map((child): LayoutChild => {
    if (child.tag === 'View') return mapControls(child, fn);
    return isControlNode(child) ? fn(child) : child;
  });
  return { ...view, children };
}
