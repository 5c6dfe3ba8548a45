import type { ReactNode } from 'react';
import './alert.css';

export interface AlertProps {
  tone?: 'danger' | 'info';
  title?: string;
  children: ReactNode;
}

/** An inline message. Rendering it into the page announces it (role="alert" for errors). */
export function Alert({ tone = 'danger', title, children }: AlertProps) {
  return (
    <div className={`alert alert--${tone}`} role={tone === 'danger' ? 'alert' : 'status'}>
      {title && <p className="alert__title">{title}</p>}
      <div className="alert__body">{children}</div>
    </div>
  );
}
