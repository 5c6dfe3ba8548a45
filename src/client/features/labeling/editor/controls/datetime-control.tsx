// DateTime (label-config.md §2): the native input whose value is already the stored format —
// date "2024-05-01", time "10:30", month "2024-05", date+time "2024-05-01T10:30"; a year is a
// 4-digit number box. Committed on blur or Enter (one undo step per entered value).
import {
  dateTimeFormat,
  isValidDateTime,
} from '../../../../../shared/label-config/datetime-format';
import type { DateTimePart } from '../../../../../shared/label-config/tag-tree';
import type { NodeOfTag } from '../renderer-types';
import { ControlField } from './control-field';
import { useClassification } from './use-classification';
import { useDraft } from './use-draft';
import './controls.css';
import './number-control.css';

type Node = NodeOfTag<'DateTime'>;

function inputType(only: readonly DateTimePart[]): string {
  const has = (p: DateTimePart) => only.includes(p);
  if (only.length === 0 || (has('date') && has('time'))) return 'datetime-local';
  if (has('date')) return 'date';
  if (has('time')) return 'time';
  if (has('month')) return 'month';
  return 'number';
}

/** Why `value` cannot be stored, or undefined. Same-format strings compare in time order. */
export function dateTimeProblem(node: Node, value: string): string | undefined {
  const format = dateTimeFormat(node.only);
  if (!isValidDateTime(value, format)) return `Use the format ${format.example}`;
  if (node.min !== undefined && value < node.min) return `Not before ${node.min}`;
  if (node.max !== undefined && value > node.max) return `Not after ${node.max}`;
  return undefined;
}

export function DateTimeControl({ node }: { node: Node }) {
  const { item, readOnly, write } = useClassification(node);
  const raw = item?.value['datetime'];
  const stored = typeof raw === 'string' ? raw : '';
  const [draft, setDraft] = useDraft(stored);
  const value = draft.trim();
  const problem = value === '' ? undefined : dateTimeProblem(node, value);
  const type = inputType(node.only);

  const commit = () => {
    if (value === stored || problem) return;
    write(value === '' ? undefined : value);
  };

  return (
    <ControlField control={node} kind="field">
      {(captionId) => (
        <div className="lc-datetime">
          <input
            type={type}
            className="lc-input lc-datetime__input"
            aria-labelledby={captionId}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${captionId}-problem` : undefined}
            min={node.min ?? (type === 'number' ? 1000 : undefined)}
            max={node.max ?? (type === 'number' ? 9999 : undefined)}
            step={type === 'number' ? 1 : undefined}
            value={draft}
            readOnly={readOnly}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
            }}
          />
          {problem && (
            <span id={`${captionId}-problem`} className="lc-control__problem">
              {problem}
            </span>
          )}
        </div>
      )}
    </ControlField>
  );
}
