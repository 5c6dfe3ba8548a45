// The Relations tag: every relation "A → B" with its direction toggle, label toggles (when the
// config declares Relation values) and delete; plus the way to create one (linking mode, see
// relation-link-store.ts).
import { useMemo } from 'react';
import {
  nextDirection,
  removeRelation,
  updateRelation,
} from '../../../../../shared/annotation/edits';
import { groupRegions } from '../../../../../shared/annotation/regions';
import type {
  RelationDirection,
  RelationItem,
} from '../../../../../shared/annotation/result-item-types';
import {
  editorActions,
  editResult,
  useEditorResult,
  useSelectedRegionId,
} from '../../stores/editor-store';
import { regionName } from '../panels/region-describe';
import type { NodeOfTag } from '../renderer-types';
import { useRenderContext } from '../render-context';
import { cancelLinking, startLinking, useLinkingSource } from './relation-link-store';
import './controls.css';
import './region-labels-control.css';
import './relations-control.css';

const ARROW: Record<RelationDirection, string> = { right: '→', left: '←', bi: '↔' };

export function RelationsControl({ node }: { node: NodeOfTag<'Relations'> }) {
  const { config, readOnly } = useRenderContext();
  const result = useEditorResult();
  const selectedId = useSelectedRegionId();
  const source = useLinkingSource();
  const { regions, relations } = useMemo(() => groupRegions(result), [result]);
  const byId = useMemo(() => new Map(regions.map((r) => [r.id, r])), [regions]);
  const name = (id: string) => regionName(config, byId.get(id));

  return (
    <section className="lc-relations" aria-label="Relations">
      <h3 className="lc-relations__title">Relations ({relations.length})</h3>
      {source !== null ? (
        <p className="lc-relations__linking" role="status">
          Select the region to link “{name(source)}” to.{' '}
          <button type="button" className="lc-link-button" onClick={() => cancelLinking()}>
            Cancel linking
          </button>
        </p>
      ) : (
        selectedId !== null &&
        byId.has(selectedId) &&
        !readOnly && (
          <button type="button" className="lc-link-button" onClick={() => startLinking()}>
            Link selected region to…
          </button>
        )
      )}
      {relations.length > 0 && (
        <ul className="lc-relations__list">
          {relations.map((relation) => (
            <RelationRow
              key={`${relation.from_id}>${relation.to_id}`}
              relation={relation}
              values={node.relations.map((r) => r.value)}
              readOnly={readOnly}
              name={name}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

interface RowProps {
  relation: RelationItem;
  values: readonly string[];
  readOnly: boolean;
  name(id: string): string;
}

function RelationRow({ relation, values, readOnly, name }: RowProps) {
  const { from_id: fromId, to_id: toId, direction } = relation;
  const labels = relation.labels ?? [];
  const title = `${name(fromId)} ${ARROW[direction]} ${name(toId)}`;
  const toggleLabel = (value: string) =>
    editResult((r) =>
      updateRelation(r, fromId, toId, {
        labels: labels.includes(value) ? labels.filter((l) => l !== value) : [...labels, value],
      }),
    );
  return (
    <li className="lc-relation" aria-label={title}>
      <div className="lc-relation__ends">
        <button
          type="button"
          className="lc-link-button"
          onClick={() => editorActions.regionSelected(fromId)}
        >
          {name(fromId)}
        </button>
        <button
          type="button"
          className="lc-relation__direction"
          aria-label={`Direction ${direction}, change direction`}
          disabled={readOnly}
          onClick={() =>
            editResult((r) =>
              updateRelation(r, fromId, toId, { direction: nextDirection(direction) }),
            )
          }
        >
          {ARROW[direction]}
        </button>
        <button
          type="button"
          className="lc-link-button"
          onClick={() => editorActions.regionSelected(toId)}
        >
          {name(toId)}
        </button>
      </div>
      {values.length > 0 && (
        <div className="lc-relation__labels" role="group" aria-label="Relation labels">
          {values.map((value) => (
            <button
              key={value}
              type="button"
              className="lc-label-toggle lc-label-toggle--small"
              aria-pressed={labels.includes(value)}
              disabled={readOnly}
              onClick={() => toggleLabel(value)}
            >
              {value}
            </button>
          ))}
        </div>
      )}
      {!readOnly && (
        <button
          type="button"
          className="lc-icon-button lc-relation__delete"
          aria-label={`Delete relation ${title}`}
          onClick={() => editResult((r) => removeRelation(r, fromId, toId))}
        >
          ×
        </button>
      )}
    </li>
  );
}
