import './bar.css';

/**
 * A horizontal bar for a figure printed beside it: decorative (the number is the content), so
 * hidden from assistive technology.
 */
export function Bar({
  value,
  max,
  tone = 'accent',
}: {
  value: number;
  max: number;
  tone?: 'accent' | 'muted';
}) {
  const percent = max > 0 ? Math.min(100, (Math.max(0, value) / max) * 100) : 0;
  return (
    <span className={`bar bar--${tone}`} aria-hidden="true">
      <span className="bar__fill" style={{ width: `${percent}%` }} />
    </span>
  );
}
