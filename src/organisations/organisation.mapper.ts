import { OrganisationKind } from '../common/roles';
import { Commissioner } from '../commissioners/commissioner.model';
import { Provider } from '../providers/provider.model';
import { OrganisationEntity } from './organisation.entity';
import { Organisation } from './organisation.model';

/** Entity → GraphQL model, field by field: nothing reaches the schema by accident. */
export function toProvider(
  entity: Pick<OrganisationEntity, 'id' | 'name' | 'outOfHoursPhone'> &
    Partial<Pick<OrganisationEntity, 'onCallEmail'>>,
): Provider {
  return {
    id: entity.id,
    name: entity.name,
    kind: OrganisationKind.PROVIDER,
    outOfHoursPhone: entity.outOfHoursPhone ?? '',
    onCallMailbox: entity.onCallEmail,
  };
}

export function toCommissioner(entity: OrganisationEntity): Commissioner {
  return { id: entity.id, name: entity.name, kind: OrganisationKind.COMMISSIONER, region: entity.region };
}

export function toOrganisation(entity: OrganisationEntity): Organisation {
  switch (entity.kind) {
    case OrganisationKind.PROVIDER:
      return toProvider(entity);
    case OrganisationKind.COMMISSIONER:
      return toCommissioner(entity);
    default:
      return { id: entity.id, name: entity.name, kind: entity.kind };
  }
}
