/**
 * The signed-in user's token, kept for this browser tab's session only (sessionStorage: gone when
 * the tab closes, never in localStorage), and who they are.
 */
const TOKEN_KEY = 'haven.token';

import type { MeQuery, Role } from './gql/graphql';

export type { Role };
/** Who is signed in, as `me` answers it (and `login` with the same fields). */
export type Me = NonNullable<MeQuery['me']>;

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}
