// The verdict buttons and the ground-truth toggle, each showing its key, plus the key hint.
// Buttons and keys run the same handlers (one action list, see use-review-keys.ts).
import { Button } from '../../../components/button';
import type { ReviewKeyAction } from '../hooks/use-review-keys';

/** Button look per action; the list order is the order on screen. */
const VARIANTS: Readonly<Record<string, 'primary' | 'secondary' | 'danger'>> = {
  accept: 'primary',
  reject: 'danger',
};

export interface ReviewActionsProps {
  actions: readonly ReviewKeyAction[];
  /** The action whose request is in flight. */
  pending: string | null;
  groundTruth: boolean;
}

export function ReviewActions({ actions, pending, groundTruth }: ReviewActionsProps) {
  return (
    <div className="review-actions">
      <div className="review-actions__buttons" role="group" aria-label="Review actions">
        {actions.map((action) => (
          <Button
            key={action.id}
            variant={VARIANTS[action.id] ?? 'secondary'}
            disabled={!action.enabled}
            pending={pending === action.id}
            aria-keyshortcuts={action.key.toUpperCase()}
            {...(action.id === 'ground-truth' ? { 'aria-pressed': groundTruth } : {})}
            onClick={action.run}
          >
            {action.label} <kbd className="review-actions__key">{action.key.toUpperCase()}</kbd>
          </Button>
        ))}
      </div>
      <KeyHint actions={actions} />
    </div>
  );
}

export function KeyHint({ actions }: { actions: readonly ReviewKeyAction[] }) {
  return (
    <p className="review-actions__hint">
      <span className="visually-hidden">Keyboard shortcuts: </span>
      {actions.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ' · '}
          <kbd>{a.key.toUpperCase()}</kbd> {a.label.toLowerCase()}
        </span>
      ))}
      {' · '}
      <kbd>Ctrl</kbd>+<kbd>Enter</kbd> save a fix
    </p>
  );
}
