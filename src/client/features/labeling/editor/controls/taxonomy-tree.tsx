// The nested choices of a Taxonomy as disclosure lists of checkboxes: Tab reaches every box,
// Space toggles, the disclosure buttons expose aria-expanded. (A role="tree" with checkboxes
// inside its items would nest interactive controls, which screen readers handle poorly.)
import { useState } from 'react';
import type { ChoiceNode } from '../../../../../shared/label-config/tag-tree';
import './controls.css';
import './choices-control.css';
import './taxonomy-control.css';

export interface TaxonomyTreeProps {
  options: readonly ChoiceNode[];
  selected: ReadonlySet<ChoiceNode>;
  filter: string;
  leafsOnly: boolean;
  /** No more selections allowed (maxUsages reached): unchecked boxes are disabled. */
  full: boolean;
  readOnly: boolean;
  onToggle(path: readonly ChoiceNode[]): void;
}

/** Whether the node or any descendant matches the filter text. */
function matches(node: ChoiceNode, needle: string): boolean {
  return node.value.toLowerCase().includes(needle) || node.children.some((c) => matches(c, needle));
}

export function TaxonomyTree(props: TaxonomyTreeProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<ChoiceNode>>(new Set());
  const toggleExpanded = (node: ChoiceNode) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(node)) next.add(node);
      return next;
    });
  return (
    <Level
      {...props}
      nodes={props.options}
      path={[]}
      needle={props.filter.trim().toLowerCase()}
      expanded={expanded}
      onExpand={toggleExpanded}
    />
  );
}

interface LevelProps extends TaxonomyTreeProps {
  nodes: readonly ChoiceNode[];
  path: readonly ChoiceNode[];
  needle: string;
  expanded: ReadonlySet<ChoiceNode>;
  onExpand(node: ChoiceNode): void;
}

function Level(props: LevelProps) {
  const { nodes, path, needle, expanded, selected } = props;
  const shown = needle === '' ? nodes : nodes.filter((n) => matches(n, needle));
  if (shown.length === 0) return null;
  return (
    <ul className="lc-taxonomy__level">
      {shown.map((node) => {
        const own = [...path, node];
        const hasChildren = node.children.length > 0;
        const open = hasChildren && (needle !== '' || expanded.has(node));
        const checked = selected.has(node);
        return (
          <li key={node.value} className="lc-taxonomy__node">
            <div className="lc-taxonomy__row">
              {hasChildren ? (
                <button
                  type="button"
                  className="lc-icon-button"
                  aria-expanded={open}
                  aria-label={`${open ? 'Collapse' : 'Expand'} ${node.value}`}
                  onClick={() => props.onExpand(node)}
                >
                  <span aria-hidden="true">{open ? '▾' : '▸'}</span>
                </button>
              ) : (
                <span className="lc-taxonomy__spacer" />
              )}
              {props.leafsOnly && hasChildren ? (
                <span className="lc-taxonomy__group-name">{node.value}</span>
              ) : (
                <label className="lc-choice__label">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={props.readOnly || (props.full && !checked)}
                    onChange={() => props.onToggle(own)}
                  />
                  <span>{node.value}</span>
                </label>
              )}
            </div>
            {open && <Level {...props} nodes={node.children} path={own} />}
          </li>
        );
      })}
    </ul>
  );
}
