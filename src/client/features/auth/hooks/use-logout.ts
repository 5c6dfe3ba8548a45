import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../lib/paths';
import { authQueries, logout } from '../api/auth-queries';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      // Leave the guarded pages first: clearing the user while they are mounted would bounce
      // through the guard and come back as /login?next=…, which is wrong after a sign-out.
      await navigate(paths.login, { replace: true });
      queryClient.removeQueries();
      queryClient.setQueryData(authQueries.detail().queryKey, null);
    },
  });
}
