import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Project } from '../../../../shared/api/projects';
import { Page } from '../../../components/page';
import { Skeleton } from '../../../components/skeleton';
import { dashboardQueries } from '../api/dashboard-queries';
import { useDashboardRange } from '../hooks/use-dashboard-range';
import { AnnotatorsSection } from './annotators-section';
import { LabelsSection } from './labels-section';
import { RangePicker } from './range-picker';
import { SummarySection } from './summary-section';
import { ThroughputSection } from './throughput-section';
import './dashboard-page.css';
import { QueryErrorState } from '../../../components/query-error-state';

export interface DashboardPageProps {
  project: Pick<Project, 'id' | 'title'>;
  /** Above the heading: the way back to the project (the app knows its name and page). */
  eyebrow?: ReactNode;
}

/** A project's figures over a range of days: progress, throughput, annotators, labels. */
export function DashboardPage({ project, eyebrow }: DashboardPageProps) {
  const { choice, range, choose } = useDashboardRange();
  const query = useQuery(dashboardQueries.detail(project.id, range));
  const title = project.title.trim() ? `Dashboard · ${project.title.trim()}` : 'Dashboard';

  return (
    <Page title="Dashboard" documentTitle={title} eyebrow={eyebrow}>
      <div className="dashboard">
        <RangePicker choice={choice} range={range} onChoose={choose} />
        {query.isPending ? (
          <DashboardSkeleton />
        ) : query.isError ? (
          <QueryErrorState title="Could not load the dashboard" query={query} />
        ) : (
          <div
            className={`dashboard__figures${query.isPlaceholderData ? ' dashboard__figures--stale' : ''}`}
            aria-busy={query.isPlaceholderData || undefined}
          >
            {query.isPlaceholderData && (
              <p role="status" className="visually-hidden">
                Updating the figures…
              </p>
            )}
            <SummarySection dashboard={query.data} />
            <ThroughputSection dashboard={query.data} projectId={project.id} />
            <AnnotatorsSection dashboard={query.data} projectId={project.id} />
            <LabelsSection dashboard={query.data} projectId={project.id} />
          </div>
        )}
      </div>
    </Page>
  );
}

function DashboardSkeleton() {
  return (
    <div className="dashboard__figures">
      <p role="status" className="visually-hidden">
        Loading the dashboard…
      </p>
      <Skeleton height="9rem" radius="md" />
      <Skeleton height="6rem" radius="md" />
      <Skeleton height="16rem" radius="md" />
    </div>
  );
}
