import type { Permission } from '../../shared/api/permissions';
import { paths } from '../lib/paths';

export interface NavItem {
  label: string;
  to: string;
  /**
   * Shown only to roles with this permission (src/shared/api/permissions.ts); `null` for the
   * signed-in user's own things, which every role has.
   */
  permission: Permission | null;
}

/**
 * The top-level navigation, in order. New areas add one line here, gated by the permission
 * the server enforces for them (e.g. review → 'annotations.review', users → 'users.manage').
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Projects', to: paths.projects, permission: 'projects.view' },
  { label: 'Users', to: paths.users, permission: 'users.manage' },
  { label: 'API token', to: paths.apiToken, permission: null },
];
