import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { toOrganisation } from '../organisations/organisation.mapper';
import { Organisation } from '../organisations/organisation.model';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateUserInput } from './create-user.input';
import { User } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Mutation(() => User)
  @Roles(Role.ADMIN)
  createUser(@Context() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.users.create(ctx, input);
  }

  /** Reached only through a User the caller may see (login answers with one before any token). */
  @ResolveField('organisation', () => Organisation, { nullable: true })
  @Public()
  async organisation(@Context() ctx: RequestContext, @Parent() user: User): Promise<Organisation | null> {
    if (!user.organisationId) return null;
    const entity = await this.organisations.load(ctx, user.organisationId);
    return entity ? toOrganisation(entity) : null;
  }
}
