/** Route paths in one place, so links and the router agree. */
export const paths = {
  home: '/',
  login: '/login',
  projects: '/projects',
  project: (id: number | string) => `/projects/${id}`,
  labeling: (id: number | string) => `/projects/${id}/label`,
  newProject: '/projects/new',
  projectSettings: (id: number | string) => `/projects/${id}/settings`,
  review: (id: number | string) => `/projects/${id}/review`,
  dataManager: (id: number | string) => `/projects/${id}/data`,
  /** The data manager with its import dialog open. */
  importTasks: (id: number | string) => `/projects/${id}/data?import=1`,
  dashboard: (id: number | string) => `/projects/${id}/dashboard`,
  users: '/users',
  apiToken: '/account/token',
} as const;

/** Router patterns for the paths above. */
export const routePatterns = {
  login: 'login',
  projects: 'projects',
  project: 'projects/:projectId',
  labeling: 'projects/:projectId/label',
  newProject: 'projects/new',
  projectSettings: 'projects/:projectId/settings',
  review: 'projects/:projectId/review',
  dataManager: 'projects/:projectId/data',
  dashboard: 'projects/:projectId/dashboard',
  users: 'users',
  apiToken: 'account/token',
} as const;

/**
 * Where to go after sign-in. Only same-app paths are allowed, so `?next=` cannot send a user
 * to another site (`//evil.example`, `https://…`).
 */
export function safeNextPath(next: string | null | undefined, fallback: string = paths.projects) {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return fallback;
  }
  if (next === paths.login || next.startsWith(`${paths.login}?`)) return fallback;
  return next;
}

/** Parses a route `:id` param; `null` for anything that is not a positive integer. */
export function parseId(value: string | undefined): number | null {
  if (!value || !/^\d{1,15}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 ? id : null;
}
