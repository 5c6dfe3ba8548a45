// The frame every classification control renders in: a visible caption that labels the
// control (Label Studio shows none, but an unlabelled radio group fails WCAG), required marker.
import { useId, type ReactNode } from 'react';
import type { ControlNode } from '../../../../../shared/label-config/tag-tree';
import './controls.css';

/** `return_reason` → `Return reason`. */
export function captionOf(name: string): string {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface ControlFieldProps {
  control: ControlNode;
  /** `group` for sets of inputs (radios, checkboxes, stars); `field` for one input. */
  kind: 'group' | 'field';
  /** Receives the caption's id, for aria-labelledby on a single input. */
  children: (captionId: string) => ReactNode;
}

export function ControlField({ control, kind, children }: ControlFieldProps) {
  const captionId = useId();
  return (
    <div
      className="lc-control"
      data-control={control.name}
      role={kind === 'group' ? 'group' : undefined}
      aria-labelledby={kind === 'group' ? captionId : undefined}
    >
      <div className="lc-control__caption" id={captionId}>
        {captionOf(control.name)}
        {control.required && (
          <span className="lc-control__required">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> (required)</span>
          </span>
        )}
        {control.perRegion && <span className="lc-control__scope"> · selected region</span>}
      </div>
      {children(captionId)}
    </div>
  );
}

/** Removes the control's value (a single choice or a rating cannot be unset by clicking). */
export function ClearValueButton({ name, onClear }: { name: string; onClear: () => void }) {
  return (
    <button
      type="button"
      className="lc-link-button"
      aria-label={`Clear ${captionOf(name)}`}
      onClick={onClear}
    >
      Clear
    </button>
  );
}
