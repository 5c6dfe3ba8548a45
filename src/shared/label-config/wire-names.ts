// Name checks and toName wiring (label-config.md §1, api-contract.md §5): unique names, implied
// toName with a single object, dangling or wrong-kind targets.
import { errorAt as at, type ConfigError } from './config-error';
import { CONTROL_SPECS } from './control-specs';
import type { ControlNode, LayoutChild, ObjectNode, ViewNode } from './tag-tree';
import { isObjectTag } from './tag-names';
import { isControlNode, mapControls, walkLayout } from './walk-tree';

/** Label Studio's exact message. */
export const NON_UNIQUE_NAMES = 'Label config contains non-unique names';

type Named = LayoutChild & { name: string | undefined };

export function wireNames(root: ViewNode, errors: ConfigError[]): ViewNode {
  const byName = new Map<string, Named>();
  const objects: ObjectNode[] = [];
  let reportedDuplicate = false;
  walkLayout(root, (node) => {
    if (isObjectTag(node.tag)) objects.push(node as ObjectNode);
    if (!('name' in node) || node.name === undefined || node.name === '') return;
    if (byName.has(node.name)) {
      // One message like Label Studio, positioned at the first repeat.
      if (!reportedDuplicate) errors.push(at(node, NON_UNIQUE_NAMES, 'name'));
      reportedDuplicate = true;
      return;
    }
    byName.set(node.name, node as Named);
  });
  const allNames = `[${[...byName.keys()].map((n) => `'${n}'`).join(', ')}]`;

  return mapControls(root, (control): ControlNode => {
    const spec = CONTROL_SPECS[control.tag];
    const label = `<${control.tag} name="${control.name}">`;
    if (control.toName.length === 0) {
      const [only] = objects;
      if (objects.length === 1 && only) return { ...control, toName: [only.name] };
      errors.push(
        at(
          control,
          `${label} needs a toName attribute (the config has ${objects.length} object tags)`,
          'toName',
        ),
      );
      return control;
    }
    if (control.toName.length > 1 && !spec.multipleTargets) {
      errors.push(
        at(
          control,
          `${label} may point at one object only (toName="${control.toName.join(',')}")`,
          'toName',
        ),
      );
    }
    for (const target of control.toName) {
      const node = byName.get(target);
      if (!node) {
        errors.push(at(control, `toName="${target}" not found in names: ${allNames}`, 'toName'));
      } else if (isControlNode(node) || !isObjectTag(node.tag)) {
        errors.push(
          at(
            control,
            `toName="${target}" of ${label} must name an object tag, not <${node.tag}>`,
            'toName',
          ),
        );
      } else if (!spec.targets.includes(node.tag)) {
        const allowed = spec.targets.map((t) => `<${t}>`).join(', ');
        errors.push(
          at(
            control,
            `toName="${target}" of ${label} must name one of ${allowed}, not <${node.tag}>`,
            'toName',
          ),
        );
      }
    }
    return control;
  });
}
