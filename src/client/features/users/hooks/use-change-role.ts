import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role, User } from '../../../../shared/api/users';
import { refreshUsers, writeUser } from '../api/user-cache';
import { updateUser, userQueries } from '../api/user-queries';

export interface RoleChange {
  user: User;
  role: Role;
}

/**
 * The role select saves on change, so the table shows the new role at once and puts back the
 * one the admin saw if the server refuses.
 */
export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, role }: RoleChange) => updateUser(user.id, { role }),
    onMutate: async ({ user, role }) => {
      // A list refetch landing now would briefly show the old role again.
      await queryClient.cancelQueries({ queryKey: userQueries.all });
      writeUser(queryClient, user.id, { role });
    },
    onError: (_error, { user }) => writeUser(queryClient, user.id, { role: user.role }),
    onSuccess: (saved) => writeUser(queryClient, saved.id, saved),
    onSettled: () => refreshUsers(queryClient),
  });
}
