import { useCallback, useId, useState, type ReactNode } from 'react';
import { Button } from '../../../components/button';
import { chartsSupported } from './uplot-chart';
import './dashboard-section.css';

export interface ChartFigureProps {
  /** The section heading. */
  title: string;
  /** Buttons beside the heading (a CSV download). */
  actions?: ReactNode;
  /** The chart; `onUnavailable` falls back to the table for good. */
  chart: (onUnavailable: () => void) => ReactNode;
  /** The same numbers as a table: always there for assistive technology, shown on request. */
  table: ReactNode;
  /** A legend or a note under the chart. */
  footer?: ReactNode;
}

/**
 * A chart with its accessible twin. Where charts cannot be drawn the table takes the chart's
 * place; elsewhere a toggle shows it, and screen readers always have it.
 */
export function ChartFigure({ title, actions, chart, table, footer }: ChartFigureProps) {
  const headingId = useId();
  const tableId = useId();
  const [canDraw, setCanDraw] = useState(chartsSupported);
  const [showTable, setShowTable] = useState(false);
  const unavailable = useCallback(() => setCanDraw(false), []);

  return (
    <section className="dashboard-section" aria-labelledby={headingId}>
      <header className="dashboard-section__header">
        <h2 id={headingId} className="dashboard-section__title">
          {title}
        </h2>
        <div className="dashboard-section__actions">
          {canDraw && (
            <Button
              size="sm"
              variant="ghost"
              aria-expanded={showTable}
              aria-controls={tableId}
              onClick={() => setShowTable((v) => !v)}
            >
              {showTable ? 'Hide table' : 'Show table'}
            </Button>
          )}
          {actions}
        </div>
      </header>
      {canDraw && chart(unavailable)}
      {canDraw && footer}
      <div id={tableId} className={canDraw && !showTable ? 'visually-hidden' : undefined}>
        {table}
      </div>
    </section>
  );
}
