import './progress-bar.css';

export interface ProgressBarProps {
  value: number;
  max: number;
  /** The accessible name, e.g. "Project progress". */
  label: string;
  /** Read out instead of the bare number, e.g. "12 of 40 tasks". */
  valueText?: string;
  tone?: 'accent' | 'success';
  size?: 'sm' | 'md';
}

export function ProgressBar({
  value,
  max,
  label,
  valueText,
  tone = 'accent',
  size = 'md',
}: ProgressBarProps) {
  const safeMax = Math.max(0, max);
  const clamped = Math.min(Math.max(0, value), safeMax);
  const percent = safeMax === 0 ? 0 : (clamped / safeMax) * 100;
  return (
    <div
      className={`progress progress--${size} progress--${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={safeMax}
      aria-valuenow={clamped}
      aria-valuetext={valueText}
    >
      <div className="progress__fill" style={{ width: `${percent}%` }} />
    </div>
  );
}

/** "30%" — rounded down so an unfinished project never reads 100%. */
export function formatPercent(value: number, max: number): string {
  if (max <= 0) return '0%';
  return `${Math.floor((Math.min(value, max) / max) * 100)}%`;
}
