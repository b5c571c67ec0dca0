/**
 * The signed-in user's token, kept for this browser tab's session only (sessionStorage: gone when
 * the tab closes, never in localStorage), and who they are.
 */
const TOKEN_KEY = 'haven.token';

export type Role = 'ADMIN' | 'DUTY_OFFICER' | 'PROVIDER_COORDINATOR' | 'SUPPORT_WORKER' | 'COMMISSIONER';

export interface Me {
  id: string;
  displayName: string;
  role: Role;
  organisation: { id: string; name: string } | null;
}

export function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function storeToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}
