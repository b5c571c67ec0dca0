import { SetMetadata } from '@nestjs/common';
import { ALL_ROLES, Role } from '../roles';

export const ROLES_KEY = 'haven:roles';
export const PUBLIC_KEY = 'haven:public';

/** Who may call this operation or field. Every resolver method declares it, or `@Public()`. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user; the service scopes what they see. */
export const SignedIn = () => SetMetadata(ROLES_KEY, ALL_ROLES);

/** No sign-in needed (login, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
