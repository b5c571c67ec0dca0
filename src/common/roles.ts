import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  ADMIN = 'ADMIN',
  DUTY_OFFICER = 'DUTY_OFFICER',
  PROVIDER_COORDINATOR = 'PROVIDER_COORDINATOR',
  SUPPORT_WORKER = 'SUPPORT_WORKER',
  COMMISSIONER = 'COMMISSIONER',
}
registerEnumType(Role, { name: 'Role' });

export enum OrganisationKind {
  PLATFORM = 'PLATFORM',
  PROVIDER = 'PROVIDER',
  COMMISSIONER = 'COMMISSIONER',
  RESPONDER = 'RESPONDER',
}
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

/** The organisation kind each role belongs to; ADMIN belongs to none. */
export const ROLE_ORGANISATION_KIND: Record<Role, OrganisationKind | null> = {
  [Role.ADMIN]: null,
  [Role.DUTY_OFFICER]: OrganisationKind.RESPONDER,
  [Role.PROVIDER_COORDINATOR]: OrganisationKind.PROVIDER,
  [Role.SUPPORT_WORKER]: OrganisationKind.PROVIDER,
  [Role.COMMISSIONER]: OrganisationKind.COMMISSIONER,
};

export const ALL_ROLES = Object.values(Role);
