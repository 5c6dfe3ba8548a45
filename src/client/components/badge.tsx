import type { ReactNode } from 'react';
import './badge.css';

export interface BadgeProps {
  tone?: 'neutral' | 'accent' | 'success';
  children: ReactNode;
}

export function Badge({ tone = 'neutral', children }: BadgeProps) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
