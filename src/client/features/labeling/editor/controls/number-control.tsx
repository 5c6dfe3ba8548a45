// Number (label-config.md §2): a number box or, with `slider`, a range input. The value is
// committed on blur, Enter, or the end of a slider drag, so one change is one undo step.
import { useDraft } from './use-draft';
import type { NodeOfTag } from '../renderer-types';
import { ControlField } from './control-field';
import { useClassification } from './use-classification';
import './controls.css';
import './number-control.css';

type Node = NodeOfTag<'Number'>;

/** Why `value` cannot be stored, or undefined when it can. */
export function numberProblem(node: Node, value: number): string | undefined {
  if (!Number.isFinite(value)) return 'Enter a number';
  if (node.min !== undefined && value < node.min) return `At least ${node.min}`;
  if (node.max !== undefined && value > node.max) return `At most ${node.max}`;
  const base = node.min ?? 0;
  const steps = (value - base) / node.step;
  if (Math.abs(steps - Math.round(steps)) > 1e-9) return `Use steps of ${node.step}`;
  return undefined;
}

export function NumberControl({ node }: { node: Node }) {
  const { item, readOnly, write } = useClassification(node);
  const raw = item?.value['number'];
  const stored = typeof raw === 'number' ? String(raw) : '';
  const shown = !item && node.defaultValue !== undefined ? String(node.defaultValue) : stored;
  const [text, setText] = useDraft(shown);
  const trimmed = text.trim();
  const problem = trimmed === '' ? undefined : numberProblem(node, Number(trimmed));

  const commit = () => {
    // Leaving the box untouched never writes, not even a shown defaultValue.
    if (trimmed === shown || problem) return;
    write(trimmed === '' ? undefined : Number(trimmed));
  };

  return (
    <ControlField control={node} kind="field">
      {(captionId) => (
        <div className="lc-number">
          <input
            type={node.slider ? 'range' : 'number'}
            className={node.slider ? 'lc-number__slider' : 'lc-input lc-number__input'}
            aria-labelledby={captionId}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${captionId}-problem` : undefined}
            min={node.min}
            max={node.max}
            step={node.step}
            value={node.slider && text === '' ? String(node.min ?? 0) : text}
            readOnly={readOnly}
            disabled={readOnly && node.slider}
            onChange={(e) => setText(e.target.value)}
            onBlur={commit}
            onPointerUp={node.slider ? commit : undefined}
            onKeyUp={node.slider ? commit : undefined}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commit();
            }}
          />
          {node.slider && <output className="lc-number__output">{text}</output>}
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
