import './spinner.css';

export interface SpinnerProps {
  size?: 'sm' | 'md' | 'lg';
  /** Announced to screen readers; omit when the surrounding text already says what is loading. */
  label?: string;
}

export function Spinner({ size = 'md', label }: SpinnerProps) {
  const spinner = <span className={`spinner spinner--${size}`} aria-hidden="true" />;
  if (!label) return spinner;
  return (
    <span role="status" className="spinner-wrap">
      {spinner}
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
