import { Navigate, Outlet, ScrollRestoration, createBrowserRouter } from 'react-router-dom';
import type { RouteObject } from 'react-router-dom';
import { Spinner } from '../components/spinner';
import { RequireAuth } from '../features/auth/components/require-auth';
import { paths, routePatterns } from '../lib/paths';
import { AppLayout } from './app-layout';
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
                    Component: (await import('../features/projects/components/project-detail-page'))
                      .ProjectDetailPage,
                  }),
                },
                {
                  path: routePatterns.labeling,
                  lazy: async () => ({
                    Component: (await import('./routes/labeling-route')).LabelingRoute,
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
