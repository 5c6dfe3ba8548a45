import type { ComponentType } from 'react';
import { Navigate, Outlet, ScrollRestoration, createBrowserRouter } from 'react-router-dom';
import type { RouteObject } from 'react-router-dom';
import { can, type Permission } from '../../shared/api/permissions';
import { Spinner } from '../components/spinner';
import { RequireAuth } from '../features/auth/components/require-auth';
import { useSignedInUser } from '../features/auth/hooks/use-signed-in-user';
import { paths, routePatterns } from '../lib/paths';
import { AppLayout } from './app-layout';
import { ForbiddenPage } from './forbidden-page';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

function RootLayout() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

/**
 * Child routes only for roles with `permission` (the server enforces the same); anyone else who
 * follows an old link or types the URL gets the 403 page instead of a page of failed requests.
 */
function RequirePermission({ permission }: { permission: Permission }) {
  const user = useSignedInUser();
  return can(user.role, permission) ? <Outlet /> : <ForbiddenPage />;
}

/** A feature page may not import the auth feature, so the route hands it who is signed in. */
function WithSelfId({ page: FeaturePage }: { page: ComponentType<{ selfId: number }> }) {
  return <FeaturePage selfId={useSignedInUser().id} />;
}

/** A route module under src/client/app/routes whose page is its `Route` export. */
function lazyRoute(path: string, load: () => Promise<{ Route: ComponentType }>): RouteObject {
  return { path, lazy: async () => ({ Component: (await load()).Route }) };
}

function guarded(permission: Permission, children: RouteObject[]): RouteObject {
  return { element: <RequirePermission permission={permission} />, children };
}

const fullScreenSpinner = (
  <div className="screen-center">
    <Spinner size="lg" label="Loading…" />
  </div>
);

/**
 * Every page is a lazy route module, so each ships as its own chunk and the labeling route
 * stays independent of the rest. The shell (layout, guard, 404) is in the main bundle.
 *
 * Tree:
 *   /login                       sign-in (public)
 *   <RequireAuth>                everything else needs a session
 *     <AppLayout>                top bar + main
 *       /                        → /projects
 *       /projects                project list
 *       /projects/:projectId     project overview
 *       /projects/:projectId/label   labeling: the stream, or ?task=<id> for one task
 *       /projects/new, /projects/:projectId/settings   project setup (admins)
 *       /projects/:projectId/review      review queue and review view (reviewers, admins)
 *       /projects/:projectId/data        task table with import and export (reviewers, admins)
 *       /projects/:projectId/dashboard   charts and figures (reviewers, admins)
 *       /users                   user management (admins; others get the 403 page)
 *       /account/token           the signed-in user's API token
 *       *                        404
 */
export function createAppRoutes(): RouteObject[] {
  return [
    {
      id: 'root',
      element: <RootLayout />,
      errorElement: <RouteErrorPage />,
      hydrateFallbackElement: fullScreenSpinner,
      children: [
        {
          path: routePatterns.login,
          lazy: async () => ({
            Component: (await import('../features/auth/components/login-page')).LoginPage,
          }),
        },
        {
          element: <RequireAuth />,
          children: [
            {
              element: <AppLayout />,
              children: [
                { index: true, element: <Navigate to={paths.projects} replace /> },
                {
                  path: routePatterns.projects,
                  lazy: async () => ({
                    Component: (await import('./routes/project-list-route')).ProjectListRoute,
                  }),
                },
                {
                  path: routePatterns.project,
                  lazy: async () => ({
                    Component: (await import('./routes/project-detail-route')).ProjectDetailRoute,
                  }),
                },
                {
                  path: routePatterns.labeling,
                  lazy: async () => ({
                    Component: (await import('./routes/labeling-route')).LabelingRoute,
                  }),
                },
                guarded('projects.manage', [
                  lazyRoute(routePatterns.newProject, () => import('./routes/project-setup-route')),
                  lazyRoute(
                    routePatterns.projectSettings,
                    () => import('./routes/project-setup-route'),
                  ),
                ]),
                guarded('annotations.review', [
                  lazyRoute(routePatterns.review, () => import('./routes/review-route')),
                ]),
                guarded('tasks.view_all', [
                  lazyRoute(routePatterns.dataManager, () => import('./routes/data-manager-route')),
                ]),
                guarded('annotations.view_all', [
                  lazyRoute(routePatterns.dashboard, () => import('./routes/dashboard-route')),
                ]),
                {
                  element: <RequirePermission permission="users.manage" />,
                  children: [
                    {
                      path: routePatterns.users,
                      lazy: async () => {
                        const { UsersPage } =
                          await import('../features/users/components/users-page');
                        return { element: <WithSelfId page={UsersPage} /> };
                      },
                    },
                  ],
                },
                {
                  path: routePatterns.apiToken,
                  lazy: async () => ({
                    Component: (await import('../features/users/components/api-token-page'))
                      .ApiTokenPage,
                  }),
                },
                { path: '*', element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter() {
  return createBrowserRouter(createAppRoutes());
}
