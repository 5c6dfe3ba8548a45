import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { activeFilterCount, type FilterState } from '../table/filters';
import { SelectField } from './select-field';
import './toolbar.css';

export interface Person {
  id: number;
  name: string;
}

export interface FilterPanelProps {
  value: FilterState;
  onChange(next: FilterState): void;
  /** People to pick an annotator from; without them the annotator is typed as a user id. */
  people: readonly Person[] | null;
}

const STATUS = [
  { value: 'labeled', label: 'Labeled' },
  { value: 'unlabeled', label: 'Unlabeled' },
  { value: 'skipped', label: 'Skipped' },
] as const;
const PREDICTIONS = [
  { value: 'yes', label: 'With predictions' },
  { value: 'no', label: 'Without predictions' },
] as const;
const GROUND_TRUTH = [
  { value: 'yes', label: 'Ground truth' },
  { value: 'no', label: 'No ground truth' },
] as const;

/** A disclosure (native details/summary): keyboard and screen readers need nothing extra. */
export function FilterPanel({ value, onChange, people }: FilterPanelProps) {
  const n = activeFilterCount(value);
  const set = (patch: Partial<FilterState>) => onChange({ ...value, ...patch });
  return (
    <details className="tt-popover">
      <summary className="btn btn--secondary btn--md">Filters{n > 0 ? ` (${n})` : ''}</summary>
      <div className="tt-popover__panel tt-filters">
        <SelectField
          label="Status"
          anyLabel="Any status"
          value={value.status ?? ''}
          options={STATUS}
          onChange={(status) => set({ status })}
        />
        <SelectField
          label="Predictions"
          anyLabel="Any"
          value={value.predictions ?? ''}
          options={PREDICTIONS}
          onChange={(predictions) => set({ predictions })}
        />
        <SelectField
          label="Ground truth"
          anyLabel="Any"
          value={value.groundTruth ?? ''}
          options={GROUND_TRUTH}
          onChange={(groundTruth) => set({ groundTruth })}
        />
        {people ? (
          <SelectField
            label="Annotator"
            anyLabel="Anyone"
            value={value.annotator === undefined ? '' : String(value.annotator)}
            options={people.map((p) => ({ value: String(p.id), label: p.name }))}
            onChange={(id) => set({ annotator: id === undefined ? undefined : Number(id) })}
          />
        ) : (
          <TextField
            label="Annotator (user id)"
            type="number"
            min={1}
            inputMode="numeric"
            value={value.annotator ?? ''}
            onChange={(e) => {
              const id = Number(e.target.value);
              set({ annotator: Number.isInteger(id) && id > 0 ? id : undefined });
            }}
          />
        )}
        <TextField
          label="Created from"
          type="date"
          value={value.createdFrom ?? ''}
          onChange={(e) => set({ createdFrom: e.target.value || undefined })}
        />
        <TextField
          label="Created to"
          type="date"
          value={value.createdTo ?? ''}
          onChange={(e) => set({ createdTo: e.target.value || undefined })}
        />
        <div className="tt-filters__actions">
          <Button size="sm" variant="ghost" onClick={() => onChange({})} disabled={n === 0}>
            Clear filters
          </Button>
        </div>
      </div>
    </details>
  );
}
