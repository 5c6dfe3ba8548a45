import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ButtonLink } from '../../../components/button';
import { EmptyState } from '../../../components/empty-state';
import { Page } from '../../../components/page';
import { Skeleton } from '../../../components/skeleton';
import { isApiError } from '../../../lib/api-client';
import { paths } from '../../../lib/paths';
import { PROJECT_PAGE_SIZE, projectQueries } from '../api/project-queries';
import { useLastProjectId } from '../hooks/use-last-project';
import { formatNumber } from '../project-format';
import { ProjectCard } from './project-card';
import './project-list-page.css';
import { QueryErrorState } from '../../../components/query-error-state';

export interface ProjectListPageProps {
  /** What to say when there are no projects; depends on who is looking (the app knows roles). */
  emptyHint?: ReactNode;
  /** Page actions for roles that may create projects (the app knows roles). */
  actions?: ReactNode;
}

function pageFromSearch(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 ? n : 1;
}

export function ProjectListPage({ emptyHint, actions }: ProjectListPageProps) {
  const [searchParams] = useSearchParams();
  const page = pageFromSearch(searchParams.get('page'));
  const projects = useQuery(projectQueries.list({ page, pageSize: PROJECT_PAGE_SIZE }));
  const lastProjectId = useLastProjectId();

  const count = projects.data?.count;
  const pageCount = count === undefined ? 1 : Math.max(1, Math.ceil(count / PROJECT_PAGE_SIZE));

  let content: ReactNode;
  if (projects.isPending) {
    content = <ProjectListSkeleton />;
  } else if (projects.isError) {
    content =
      isApiError(projects.error, 404) && page > 1 ? (
        <EmptyState
          title="This page is empty"
          description={<p>There are fewer projects than this page number suggests.</p>}
          action={<ButtonLink to={paths.projects}>Go to the first page</ButtonLink>}
        />
      ) : (
        <QueryErrorState title="Could not load projects" query={projects} />
      );
  } else if (projects.data.results.length === 0) {
    content = (
      <EmptyState
        icon={<FolderIcon />}
        title="No projects yet"
        description={emptyHint ?? <p>Projects you can work on will appear here.</p>}
      />
    );
  } else {
    content = (
      <>
        <ul
          className="project-grid"
          aria-label="Projects"
          aria-busy={projects.isPlaceholderData || undefined}
        >
          {projects.data.results.map((project) => (
            <ProjectCard
              key={project.id}
              project={project}
              lastOpened={project.id === lastProjectId}
            />
          ))}
        </ul>
        {pageCount > 1 && <Pagination page={page} pageCount={pageCount} />}
      </>
    );
  }

  return (
    <Page
      title="Projects"
      description={
        count === undefined ? undefined : (
          <p>{count === 1 ? '1 project' : `${formatNumber(count)} projects`}</p>
        )
      }
      actions={actions}
    >
      {content}
    </Page>
  );
}

function ProjectListSkeleton() {
  return (
    <div className="project-grid-skeleton">
      <p role="status" className="visually-hidden">
        Loading projects…
      </p>
      <div className="project-grid" aria-hidden="true">
        {Array.from({ length: 6 }, (_, i) => (
          <div key={i} className="card project-card">
            <Skeleton width="60%" height="1.125rem" />
            <Skeleton width="90%" />
            <Skeleton width="40%" height="0.75rem" />
            <Skeleton height="0.5rem" radius="pill" />
            <Skeleton width="70%" height="0.75rem" />
          </div>
        ))}
      </div>
    </div>
  );
}

function Pagination({ page, pageCount }: { page: number; pageCount: number }) {
  const href = (n: number) => (n === 1 ? paths.projects : `${paths.projects}?page=${n}`);
  return (
    <nav className="pagination" aria-label="Pagination">
      {page > 1 ? (
        <ButtonLink size="sm" to={href(page - 1)} rel="prev">
          Previous
        </ButtonLink>
      ) : (
        <span />
      )}
      <span className="pagination__status">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <ButtonLink size="sm" to={href(page + 1)} rel="next">
          Next
        </ButtonLink>
      ) : (
        <span />
      )}
    </nav>
  );
}

function FolderIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.75">
      <path
        d="M3.75 6.75A1.5 1.5 0 0 1 5.25 5.25h4.19a1.5 1.5 0 0 1 1.06.44l1.56 1.56h6.69a1.5 1.5 0 0 1 1.5 1.5v8.5a1.5 1.5 0 0 1-1.5 1.5H5.25a1.5 1.5 0 0 1-1.5-1.5z"
        strokeLinejoin="round"
      />
    </svg>
  );
}
