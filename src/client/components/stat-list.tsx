import type { ReactNode } from 'react';
import './stat-list.css';

export interface Stat {
  label: string;
  value: ReactNode;
  hint?: string;
}

/** Label/value pairs as a description list: read as "Tasks, 40". */
export function StatList({ stats }: { stats: readonly Stat[] }) {
  return (
    <dl className="stat-list">
      {stats.map((stat) => (
        <div key={stat.label} className="stat-list__item">
          <dt className="stat-list__label">{stat.label}</dt>
          <dd className="stat-list__value">{stat.value}</dd>
          {stat.hint && <dd className="stat-list__hint">{stat.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
