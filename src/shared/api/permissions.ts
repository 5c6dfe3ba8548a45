import type { Role } from './users';

/** The role matrix of api-contract.md §3, one row per action; the server enforces it, the UI reads it. */
export const PERMISSIONS = {
  'projects.view': ['annotator', 'reviewer', 'admin'],
  'annotations.own': ['annotator', 'reviewer', 'admin'],
  'annotations.view_all': ['reviewer', 'admin'],
  'tasks.view_all': ['reviewer', 'admin'],
  'projects.export': ['reviewer', 'admin'],
  'annotations.review': ['reviewer', 'admin'],
  'annotations.ground_truth': ['reviewer', 'admin'],
  /** Comment on any annotation, read every comment, resolve anyone's. */
  'comments.any': ['reviewer', 'admin'],
  /** Delete anyone's review or comment (otherwise only the author's own). */
  'reviews.manage': ['admin'],
  'comments.manage': ['admin'],
  'tasks.manage': ['admin'],
  'predictions.manage': ['admin'],
  'projects.manage': ['admin'],
  'users.manage': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));
}
