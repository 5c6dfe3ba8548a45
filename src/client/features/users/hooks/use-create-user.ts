import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addUser, refreshUsers } from '../api/user-cache';
import { createUser } from '../api/user-queries';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: (user) => {
      addUser(queryClient, user);
      void refreshUsers(queryClient);
    },
  });
}
