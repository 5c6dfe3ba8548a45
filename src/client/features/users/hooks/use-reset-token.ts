import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetToken, tokenQueries } from '../api/token-queries';

export function useResetToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetToken,
    // The answer is the new token, and the old one is already dead: show this one, no refetch.
    onSuccess: (body) => queryClient.setQueryData(tokenQueries.detail().queryKey, body),
  });
}
