// Taxonomy (label-config.md §2): nested choices; every selection is stored as its full path of
// values (the alias where one is set), e.g. {"taxonomy": [["Home", "Kitchen"]]}.
import { useId, useState } from 'react';
import { findTaxonomyNode } from '../../../../../shared/label-config/value-taxonomy';
import type { ChoiceNode } from '../../../../../shared/label-config/tag-tree';
import type { NodeOfTag } from '../renderer-types';
import { storedValue } from './classification-access';
import { captionOf, ControlField } from './control-field';
import { TaxonomyTree } from './taxonomy-tree';
import { useClassification } from './use-classification';
import './controls.css';
import './taxonomy-control.css';

type Node = NodeOfTag<'Taxonomy'>;

/** Stored paths paired with the nodes they reach (unknown paths are kept but not shown). */
function readPaths(node: Node, raw: unknown): { path: string[]; choice?: ChoiceNode }[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((p): p is string[] => Array.isArray(p) && p.every((s) => typeof s === 'string'))
    .map((path) => {
      const choice = findTaxonomyNode(node.options, path);
      return choice ? { path, choice } : { path };
    });
}

export function TaxonomyControl({ node }: { node: Node }) {
  const { item, readOnly, write } = useClassification(node);
  const filterId = useId();
  const [filter, setFilter] = useState('');
  const paths = readPaths(node, item?.value['taxonomy']);
  const selected = new Set(paths.flatMap((p) => (p.choice ? [p.choice] : [])));
  const full = node.maxUsages !== undefined && paths.length >= node.maxUsages;
  const separator = node.pathSeparator;
  const caption = captionOf(node.name);

  const save = (next: string[][]) => write(next.length === 0 ? undefined : next);
  const toggle = (chain: readonly ChoiceNode[]) => {
    const leaf = chain.at(-1);
    if (!leaf) return;
    if (selected.has(leaf)) save(paths.filter((p) => p.choice !== leaf).map((p) => p.path));
    else if (!full) save([...paths.map((p) => p.path), chain.map(storedValue)]);
  };

  return (
    <ControlField control={node} kind="group">
      {() => (
        <div className="lc-taxonomy">
          {paths.length > 0 && (
            <ul className="lc-taxonomy__chosen" aria-label={`${caption}: selected`}>
              {paths.map((p) => {
                const text =
                  node.showFullPath || !p.choice ? p.path.join(` ${separator} `) : p.choice.value;
                return (
                  <li key={p.path.join('\u0000')} className="lc-chip">
                    <span>{text}</span>
                    {!readOnly && (
                      <button
                        type="button"
                        className="lc-icon-button"
                        aria-label={`Remove ${p.path.join(` ${separator} `)}`}
                        onClick={() => save(paths.filter((q) => q !== p).map((q) => q.path))}
                      >
                        ×
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          <label className="visually-hidden" htmlFor={filterId}>
            Filter {caption}
          </label>
          <input
            id={filterId}
            type="search"
            className="lc-input lc-taxonomy__filter"
            placeholder={node.placeholder ?? 'Filter…'}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <TaxonomyTree
            options={node.options}
            selected={selected}
            filter={filter}
            leafsOnly={node.leafsOnly}
            full={full}
            readOnly={readOnly}
            onToggle={toggle}
          />
        </div>
      )}
    </ControlField>
  );
}
