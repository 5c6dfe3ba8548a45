// The parsed config: the typed tree plus lookups every consumer needs (by name, visibility).
import type {
  ControlNode,
  ObjectNode,
  RelationsNode,
  ViewNode,
  VisibilityCondition,
} from './tag-tree';
import { isObjectTag, isRegionControlTag } from './tag-names';
import { isControlNode, walkLayout } from './walk-tree';

export interface LabelConfig {
  /** The source XML, unchanged. */
  readonly xml: string;
  readonly root: ViewNode;
  /** Object tags by name, in document order. */
  readonly objects: ReadonlyMap<string, ObjectNode>;
  /** Control tags by name, in document order. */
  readonly controls: ReadonlyMap<string, ControlNode>;
  readonly relations: readonly RelationsNode[];
  /**
   * Control name → visibility conditions that must all hold for it to show: the enclosing
   * Views' (outermost first), then its own.
   */
  readonly conditions: ReadonlyMap<string, readonly VisibilityCondition[]>;
}

export function indexConfig(xml: string, root: ViewNode): LabelConfig {
  const objects = new Map<string, ObjectNode>();
  const controls = new Map<string, ControlNode>();
  const relations: RelationsNode[] = [];
  const conditions = new Map<string, readonly VisibilityCondition[]>();
  walkLayout(root, (node, enclosing) => {
    if (node.tag === 'Relations') relations.push(node);
    else if (isControlNode(node)) {
      if (controls.has(node.name)) return;
      controls.set(node.name, node);
      conditions.set(node.name, node.visibility ? [...enclosing, node.visibility] : enclosing);
    } else if (isObjectTag(node.tag)) {
      const object = node as ObjectNode;
      if (!objects.has(object.name)) objects.set(object.name, object);
    }
  });
  return { xml, root, objects, controls, relations, conditions };
}

/** Whether any control draws regions (spans, boxes, polygons, points), not only whole-task answers. */
export const drawsRegions = (config: LabelConfig): boolean =>
  [...config.controls.values()].some((control) => isRegionControlTag(control.tag));
