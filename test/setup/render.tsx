// The one render helper for component tests: a fresh QueryClient (no retries), a memory
// router, and a user-event instance.
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { RouterProvider, createMemoryRouter, type RouteObject } from 'react-router-dom';
import { createQueryClient } from '../../src/client/lib/query-client';

export interface RenderOptions {
  /** The starting URL, e.g. "/projects?page=2". */
  route?: string;
  /** A route tree (the app's own, or a few test routes); without it `ui` renders at every path. */
  routes?: RouteObject[];
  /** Defaults to the app's query client defaults; retries are turned off either way. */
  queryClient?: QueryClient;
}

export function renderWithProviders(ui: ReactElement | null, options: RenderOptions = {}) {
  const queryClient = options.queryClient ?? createQueryClient();
  const defaults = queryClient.getDefaultOptions();
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, retry: false },
    mutations: { ...defaults.mutations, retry: false },
  });

  const router = createMemoryRouter(options.routes ?? [{ path: '*', element: ui }], {
    initialEntries: [options.route ?? '/'],
  });
  const user = userEvent.setup();
  const result = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...result, user, router, queryClient };
}
