import { useQuery } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import { ButtonLink } from '../../../components/button';
import { Card } from '../../../components/card';
import { EmptyState } from '../../../components/empty-state';
import { Page } from '../../../components/page';
import { ProgressBar, formatPercent } from '../../../components/progress-bar';
import { SanitizedHtml } from '../../../components/sanitized-html';
import { Skeleton } from '../../../components/skeleton';
import { StatList } from '../../../components/stat-list';
import { isApiError } from '../../../lib/api-client';
import { parseId, paths } from '../../../lib/paths';
import { projectQueries } from '../api/project-queries';
import { rememberLastProject } from '../hooks/use-last-project';
import { formatNumber, projectTitle } from '../project-format';
import './project-detail-page.css';
import { QueryErrorState } from '../../../components/query-error-state';

const backLink = <Link to={paths.projects}>← All projects</Link>;

export interface ProjectDetailPageProps {
  /** Links to the project's other pages the signed-in user may open (the app knows roles). */
  links?: (project: Project) => ReactNode;
  /** How this user adds tasks to a project that has none, if they may. */
  importAction?: (project: Project) => ReactNode;
}

export function ProjectDetailPage(props: ProjectDetailPageProps) {
  const id = parseId(useParams().projectId);
  if (id === null) return <ProjectNotFound />;
  return <ProjectDetail id={id} {...props} />;
}

function ProjectNotFound() {
  return (
    <Page title="Project not found" eyebrow={backLink} width="narrow">
      <p className="muted">It may have been deleted, or the link is wrong.</p>
    </Page>
  );
}

function ProjectDetail({ id, links, importAction }: ProjectDetailPageProps & { id: number }) {
  const project = useQuery(projectQueries.detail(id));

  useEffect(() => {
    if (project.data) rememberLastProject(project.data.id);
  }, [project.data]);

  if (project.isPending) {
    return (
      <Page title="Project" eyebrow={backLink}>
        <p role="status" className="visually-hidden">
          Loading project…
        </p>
        <div className="project-detail" aria-hidden="true">
          <Skeleton width="50%" height="1rem" />
          <Skeleton height="6rem" radius="md" />
          <Skeleton height="10rem" radius="md" />
        </div>
      </Page>
    );
  }

  if (project.isError) {
    if (isApiError(project.error, 404)) return <ProjectNotFound />;
    if (isApiError(project.error, 403)) {
      return (
        <Page title="No access to this project" eyebrow={backLink} width="narrow">
          <p className="muted">Ask an admin to add you to the project.</p>
        </Page>
      );
    }
    return (
      <Page title="Project" eyebrow={backLink}>
        <QueryErrorState title="Could not load this project" query={project} />
      </Page>
    );
  }

  return (
    <ProjectOverview
      project={project.data}
      links={links?.(project.data)}
      importAction={importAction?.(project.data)}
    />
  );
}

function ProjectOverview(props: { project: Project; links: ReactNode; importAction: ReactNode }) {
  const { project, links, importAction } = props;
  const title = projectTitle(project);
  const done = project.finished_task_number;
  const total = project.task_number;
  const queueLeft = Math.max(0, project.queue_total - project.queue_done);

  return (
    <Page
      title={title}
      eyebrow={backLink}
      description={project.description ? <p>{project.description}</p> : undefined}
      actions={
        <>
          {links}
          <ButtonLink variant="primary" size="lg" to={paths.labeling(project.id)}>
            Start labeling
          </ButtonLink>
        </>
      }
    >
      <div className="project-detail">
        {total === 0 && (
          <EmptyState
            title="No tasks yet"
            description={
              <p>
                {importAction
                  ? 'Import a file of tasks (JSON, CSV, TSV or plain text) to start labeling.'
                  : 'Tasks to label show up here once an admin imports them.'}
              </p>
            }
            action={importAction}
          />
        )}
        <Card as="section" aria-labelledby="progress-heading">
          <h2 id="progress-heading" className="section-title">
            Progress
          </h2>
          <div className="project-detail__bars">
            <ProgressLine
              label="Project"
              value={done}
              max={total}
              text={`${formatNumber(done)} of ${formatNumber(total)} tasks done`}
            />
            <ProgressLine
              label="My queue"
              value={project.queue_done}
              max={project.queue_total}
              text={
                project.queue_total === 0
                  ? 'Nothing assigned to you'
                  : `${formatNumber(project.queue_done)} of ${formatNumber(project.queue_total)} done, ${formatNumber(queueLeft)} left`
              }
            />
          </div>
        </Card>

        <section aria-labelledby="counters-heading">
          <h2 id="counters-heading" className="section-title">
            Counters
          </h2>
          <StatList
            stats={[
              { label: 'Tasks', value: formatNumber(project.task_number) },
              { label: 'Finished tasks', value: formatNumber(project.finished_task_number) },
              { label: 'Annotations', value: formatNumber(project.total_annotations_number) },
              { label: 'Skipped', value: formatNumber(project.skipped_annotations_number) },
              { label: 'Ground truth', value: formatNumber(project.ground_truth_number) },
              { label: 'Predictions', value: formatNumber(project.total_predictions_number) },
            ]}
          />
        </section>

        <Card as="section" aria-labelledby="instructions-heading">
          <h2 id="instructions-heading" className="section-title">
            Instructions
          </h2>
          {project.expert_instruction.trim() ? (
            <SanitizedHtml html={project.expert_instruction} />
          ) : (
            <p className="muted project-detail__none">This project has no instructions.</p>
          )}
        </Card>
      </div>
    </Page>
  );
}

function ProgressLine(props: { label: string; value: number; max: number; text: string }) {
  const complete = props.max > 0 && props.value >= props.max;
  return (
    <div className="progress-line">
      <div className="progress-line__text">
        <span className="progress-line__label">{props.label}</span>
        <span className="muted">{props.text}</span>
        <span className="progress-line__percent">{formatPercent(props.value, props.max)}</span>
      </div>
      <ProgressBar
        value={props.value}
        max={props.max}
        label={`${props.label} progress`}
        valueText={props.text}
        tone={complete ? 'success' : 'accent'}
      />
    </div>
  );
}
