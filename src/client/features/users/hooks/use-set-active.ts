import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '../../../../shared/api/users';
import { refreshUsers, writeUser } from '../api/user-cache';
import { deactivateUser, updateUser } from '../api/user-queries';

export interface ActiveChange {
  user: User;
  active: boolean;
}

/**
 * Deactivate is the contract's DELETE (the account and its annotations stay); reactivate is a
 * PATCH. Not optimistic: the admin confirmed in a dialog that waits for the answer.
 */
export function useSetActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ user, active }: ActiveChange): Promise<User> => {
      if (active) return updateUser(user.id, { is_active: true });
      await deactivateUser(user.id);
      return { ...user, is_active: false };
    },
    onSuccess: (saved) => {
      writeUser(queryClient, saved.id, saved);
      void refreshUsers(queryClient);
    },
  });
}
