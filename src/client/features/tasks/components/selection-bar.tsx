import type { DmAction } from '../../../../shared/api/dm-actions';
import { Button } from '../../../components/button';
import './toolbar.css';

export interface SelectionBarProps {
  count: number;
  total: number;
  allMatching: boolean;
  onSelectAllMatching(): void;
  onClear(): void;
  actions: readonly DmAction[];
  onAction(action: DmAction): void;
  /** Absent when the caller may not export. */
  onExport?: (() => void) | undefined;
}

/** Shown while tasks are selected: how many, and what can be done with them. */
export function SelectionBar({
  count,
  total,
  allMatching,
  onSelectAllMatching,
  onClear,
  actions,
  onAction,
  onExport,
}: SelectionBarProps) {
  return (
    <section className="tt-selection" aria-label="Selected tasks">
      <p className="tt-selection__count" role="status">
        {count.toLocaleString()} of {total.toLocaleString()} selected
        {allMatching ? ' (all matching)' : ''}
      </p>
      {!allMatching && count < total && (
        <Button size="sm" variant="ghost" onClick={onSelectAllMatching}>
          Select all {total.toLocaleString()} matching
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={onClear}>
        Clear selection
      </Button>
      <div className="tt-selection__actions">
        {onExport && (
          <Button size="sm" onClick={onExport}>
            Export selected
          </Button>
        )}
        {actions.map((action) => (
          <Button
            key={action.id}
            size="sm"
            variant={action.id === 'delete_tasks' ? 'danger' : 'secondary'}
            onClick={() => onAction(action)}
          >
            {action.title}
          </Button>
        ))}
      </div>
    </section>
  );
}
