// Rating (label-config.md §2): 1..maxRating stars as a native radio group, so arrow keys, Tab and
// screen readers behave as they do for any radio group. `defaultValue` shows until the first edit.
import { useId } from 'react';
import type { NodeOfTag } from '../renderer-types';
import { ClearValueButton, ControlField } from './control-field';
import { useClassification } from './use-classification';
import './controls.css';
import './rating-control.css';

export function RatingControl({ node }: { node: NodeOfTag<'Rating'> }) {
  const { item, readOnly, write } = useClassification(node);
  const groupName = useId();
  const raw = item?.value['rating'];
  const rating = typeof raw === 'number' ? raw : item ? undefined : node.defaultValue;
  const stars = Array.from({ length: node.maxRating }, (_, i) => i + 1);

  return (
    <ControlField control={node} kind="group">
      {() => (
        <div className="lc-rating">
          {stars.map((n) => (
            <label
              key={n}
              className="lc-rating__star"
              data-on={rating !== undefined && n <= rating}
            >
              <input
                type="radio"
                className="visually-hidden"
                name={groupName}
                value={n}
                checked={rating === n}
                disabled={readOnly}
                onChange={() => write(n)}
              />
              <span aria-hidden="true">{rating !== undefined && n <= rating ? '★' : '☆'}</span>
              <span className="visually-hidden">{n === 1 ? '1 star' : `${n} stars`}</span>
            </label>
          ))}
          {item && !readOnly && (
            <ClearValueButton name={node.name} onClear={() => write(undefined)} />
          )}
        </div>
      )}
    </ControlField>
  );
}
