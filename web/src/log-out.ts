import { gql, signOut } from './api';
import { graphql } from './gql';
import { forgetThisDevice } from './push/device';
import { storedToken } from './session';

const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/**
 * The sign-out button: this device's push subscription goes, then the session ends on the server
 * too, so the token is no good anywhere. Both best-effort: the page is signed out at once, and the
 * token expires by itself if the service cannot be reached.
 */
export function logOut(): void {
  const token = storedToken();
  if (token) {
    void forgetThisDevice(token)
      .then(() => gql(LOGOUT, {}, { token, keepalive: true }))
      .catch(() => undefined);
  }
  signOut();
}
