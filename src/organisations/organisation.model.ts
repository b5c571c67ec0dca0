import { Field, ID, InterfaceType } from '@nestjs/graphql';
import { OrganisationKind } from '../common/roles';

@InterfaceType('Organisation', {
  resolveType: (organisation: { kind: OrganisationKind }) => {
    switch (organisation.kind) {
      case OrganisationKind.PROVIDER:
        return 'Provider';
      case OrganisationKind.COMMISSIONER:
        return 'Commissioner';
      case OrganisationKind.RESPONDER:
        return 'ResponderOrganisation';
      default:
        return 'PlatformOrganisation';
    }
  },
})
export abstract class Organisation {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationKind)
  kind: OrganisationKind;
}
