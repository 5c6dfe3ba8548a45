import { z } from 'zod';
import { ApiDatetime, Id } from './common';

export const ROLES = ['admin', 'reviewer', 'annotator'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

/** How a role is named on screen. */
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  reviewer: 'Reviewer',
  annotator: 'Annotator',
};

export const User = z.object({
  id: Id,
  first_name: z.string(),
  last_name: z.string(),
  username: z.string(),
  email: z.string(),
  role: Role,
  is_active: z.boolean(),
  avatar: z.string().nullable(),
  initials: z.string(),
  last_activity: ApiDatetime.nullable(),
  date_joined: ApiDatetime,
});
export type User = z.infer<typeof User>;

/** `GET /api/users`: a bare array, like every list except projects and tasks (§1). */
export const UserList = z.array(User);
export type UserList = z.infer<typeof UserList>;

export const Whoami = User.extend({ permissions: z.array(z.string()) });
export type Whoami = z.infer<typeof Whoami>;

const Name = z.string().max(150);
const Password = z.string().min(8, 'Password must be at least 8 characters.').max(256);
const Email = z.email().max(254);

export const UserCreate = z.strictObject({
  email: Email,
  password: Password,
  role: Role.default('annotator'),
  first_name: Name.optional(),
  last_name: Name.optional(),
  username: z.string().max(150).optional(),
});
export type UserCreate = z.infer<typeof UserCreate>;

export const UserPatch = z.strictObject({
  first_name: Name.optional(),
  last_name: Name.optional(),
  username: z.string().max(150).optional(),
  role: Role.optional(),
  is_active: z.boolean().optional(),
  password: Password.optional(),
  email: z.unknown().optional(),
});
export type UserPatch = z.infer<typeof UserPatch>;

export const LoginBody = z.strictObject({ email: z.string().min(1), password: z.string().min(1) });
export type LoginBody = z.infer<typeof LoginBody>;

export const TokenBody = z.object({ token: z.string() });
export const RefreshBody = z.strictObject({ refresh: z.string().min(1) });
export const AccessBody = z.object({ access: z.string() });
