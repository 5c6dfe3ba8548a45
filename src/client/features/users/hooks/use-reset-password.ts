import { useMutation } from '@tanstack/react-query';
import { updateUser } from '../api/user-queries';

export interface PasswordReset {
  userId: number;
  password: string;
}

/** Nothing cached changes; the server also ends the user's other sessions. */
export function useResetPassword() {
  return useMutation({
    mutationFn: ({ userId, password }: PasswordReset) => updateUser(userId, { password }),
  });
}
