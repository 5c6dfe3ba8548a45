import { Link } from 'react-router-dom';
import type { Project } from '../../../../shared/api/projects';
import { Badge } from '../../../components/badge';
import { Card } from '../../../components/card';
import { ProgressBar, formatPercent } from '../../../components/progress-bar';
import { paths } from '../../../lib/paths';
import { formatNumber, projectAccent, projectTitle } from '../project-format';

export interface ProjectCardProps {
  project: Project;
  lastOpened: boolean;
}

export function ProjectCard({ project, lastOpened }: ProjectCardProps) {
  const title = projectTitle(project);
  const accent = projectAccent(project.color);
  const done = project.finished_task_number;
  const total = project.task_number;
  const allDone = total > 0 && done >= total;
  const queueLeft = Math.max(0, project.queue_total - project.queue_done);

  return (
    <Card
      as="li"
      interactive
      highlighted={lastOpened}
      className="project-card"
      style={accent ? { borderTopColor: accent, borderTopWidth: '3px' } : undefined}
    >
      <div className="project-card__head">
        <h2 className="project-card__title">
          <Link className="card__link" to={paths.project(project.id)}>
            {title}
          </Link>
        </h2>
        {lastOpened && <Badge tone="accent">Last opened</Badge>}
      </div>
      {project.description ? (
        <p className="project-card__description">{project.description}</p>
      ) : (
        <p className="project-card__description project-card__description--empty">No description</p>
      )}

      <div className="project-card__progress">
        <div className="project-card__progress-text">
          <span>
            <strong>{formatNumber(done)}</strong> of {formatNumber(total)} tasks done
          </span>
          <span className="project-card__percent">{formatPercent(done, total)}</span>
        </div>
        <ProgressBar
          value={done}
          max={total}
          label={`Progress of ${title}`}
          valueText={`${formatNumber(done)} of ${formatNumber(total)} tasks done`}
          tone={allDone ? 'success' : 'accent'}
        />
      </div>

      <dl className="project-card__stats">
        <div>
          <dt>Annotations</dt>
          <dd>{formatNumber(project.total_annotations_number)}</dd>
        </div>
        <div>
          <dt>My progress</dt>
          <dd>
            {project.queue_total === 0 ? (
              <span className="muted">Nothing assigned</span>
            ) : (
              <>
                {formatNumber(project.queue_done)} / {formatNumber(project.queue_total)}
                {queueLeft > 0 && <span className="muted"> · {formatNumber(queueLeft)} left</span>}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Mine today</dt>
          <dd>{formatNumber(project.queue_done_today)}</dd>
        </div>
      </dl>
    </Card>
  );
}
