import { createContext, useContext } from 'react';
import type { User } from '../api/client';

export const CurrentUserContext = createContext<User | null>(null);

/** The signed-in user; only for components rendered inside RequireAuth. */
export function useCurrentUser(): User {
  const user = useContext(CurrentUserContext);
  if (user === null) throw new Error('useCurrentUser is used outside RequireAuth');
  return user;
}
