import { RequestContext } from '../common/request-context';

/** How updateUser changed what a user may do: each ends every session of the user (CONTRACT.md). */
export enum UserAccessChange {
  DEACTIVATED = 'DEACTIVATED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  ORGANISATION_CHANGED = 'ORGANISATION_CHANGED',
}

/**
 * Told when a user's access changed: inside the transaction of the change, and again once it
 * committed. The auth module registers the one that ends the user's sessions, so the users module
 * never calls auth (auth depends on users, for sign-in, and not the other way round).
 */
export interface UserAccessListener {
  accessChanged(tx: RequestContext, userId: string, change: UserAccessChange): Promise<void>;
  accessChangeCommitted(userId: string): void;
}
