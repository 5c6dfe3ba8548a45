import { createContext, useContext } from 'react';
import type { Whoami } from '../../../../shared/api/users';

/** Provided by RequireAuth, so everything under it can rely on a signed-in user. */
export const SignedInUserContext = createContext<Whoami | null>(null);

export function useSignedInUser(): Whoami {
  const user = useContext(SignedInUserContext);
  if (!user) throw new Error('useSignedInUser must be used under <RequireAuth>.');
  return user;
}
