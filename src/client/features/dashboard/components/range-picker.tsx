import { useState, type FormEvent } from 'react';
import { resolveRange, todayUtc, type DayRange } from '../../../../shared/api/dashboard';
import { Button } from '../../../components/button';
import { TextField } from '../../../components/text-field';
import { formatDay } from '../dashboard-format';
import { PRESET_DAYS, type RangeChoice } from '../dashboard-range';
import './range-picker.css';

export interface RangePickerProps {
  choice: RangeChoice;
  /** The days the choice stands for today. */
  range: DayRange;
  onChoose: (choice: RangeChoice) => void;
}

/** Last 7 / 30 / 90 days, or any from–to of UTC days (checked by the server's own rule). */
export function RangePicker({ choice, range, onChoose }: RangePickerProps) {
  const [customOpen, setCustomOpen] = useState(choice.kind === 'custom');
  const [from, setFrom] = useState<string>(range.from);
  const [to, setTo] = useState<string>(range.to);
  const [error, setError] = useState<{ field: 'from' | 'to'; message: string } | null>(null);
  const showCustom = customOpen || choice.kind === 'custom';
  const pressed = (days: number) => !showCustom && choice.kind === 'preset' && choice.days === days;

  const apply = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) {
      setError({ field: from ? 'to' : 'from', message: 'Enter a date.' });
      return;
    }
    const resolved = resolveRange({ from, to });
    if (!resolved.ok) {
      setError({ field: resolved.field, message: resolved.message });
      return;
    }
    setError(null);
    onChoose({ kind: 'custom', range: resolved.range });
  };

  return (
    <div className="range-picker">
      <div className="range-picker__row">
        <div className="range-picker__presets" role="group" aria-label="Date range">
          {PRESET_DAYS.map((days) => (
            <Button
              key={days}
              size="sm"
              variant={pressed(days) ? 'primary' : 'secondary'}
              aria-pressed={pressed(days)}
              onClick={() => {
                setCustomOpen(false);
                setError(null);
                onChoose({ kind: 'preset', days });
              }}
            >
              Last {days} days
            </Button>
          ))}
          <Button
            size="sm"
            variant={showCustom ? 'primary' : 'secondary'}
            aria-pressed={showCustom}
            onClick={() => {
              setFrom(range.from);
              setTo(range.to);
              setCustomOpen(true);
            }}
          >
            Custom
          </Button>
        </div>
        <p className="range-picker__current">
          {formatDay(range.from)} – {formatDay(range.to)} <span className="muted">(UTC days)</span>
        </p>
      </div>
      {showCustom && (
        <form
          className="range-picker__custom"
          onSubmit={apply}
          noValidate
          aria-label="Custom range"
        >
          <TextField
            label="From"
            type="date"
            value={from}
            max={todayUtc()}
            onChange={(e) => setFrom(e.target.value)}
            error={error?.field === 'from' ? error.message : undefined}
          />
          <TextField
            label="To"
            type="date"
            value={to}
            onChange={(e) => setTo(e.target.value)}
            error={error?.field === 'to' ? error.message : undefined}
          />
          <Button type="submit" size="md">
            Apply
          </Button>
        </form>
      )}
    </div>
  );
}
