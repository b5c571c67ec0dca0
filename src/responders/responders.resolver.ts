import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { OrganisationKind, Role } from '../common/roles';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateResponderOrganisationInput } from './create-responder-organisation.input';
import { ResponderOrganisation } from './responder-organisation.model';

@Resolver(() => ResponderOrganisation)
export class RespondersResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Mutation(() => ResponderOrganisation)
  @Roles(Role.ADMIN)
  async createResponderOrganisation(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateResponderOrganisationInput,
  ): Promise<ResponderOrganisation> {
    const entity = await this.organisations.create(ctx, { name: input.name, kind: OrganisationKind.RESPONDER });
    return { id: entity.id, name: entity.name, kind: OrganisationKind.RESPONDER };
  }
}
