import { useMutation, useQueryClient } from '@tanstack/react-query';
import { permissionsOf } from '../../../../shared/api/permissions';
import type { Whoami } from '../../../../shared/api/users';
import { authQueries, login } from '../api/auth-queries';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Whatever was cached belonged to the previous session (maybe another user).
      queryClient.removeQueries({
        predicate: (query) => query.queryKey[0] !== authQueries.all[0],
      });
      // Same rule as the server's whoami, so the guard lets the user in without a round trip.
      const whoami: Whoami = { ...user, permissions: permissionsOf(user.role) };
      queryClient.setQueryData(authQueries.detail().queryKey, whoami);
    },
  });
}
