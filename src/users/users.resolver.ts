import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public, Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { toOrganisation } from '../organisations/organisation.mapper';
import { Organisation } from '../organisations/organisation.model';
import { OrganisationsService } from '../organisations/organisations.service';
import { CreateUserInput } from './create-user.input';
import { UpdateUserInput } from './update-user.input';
import { User } from './user.model';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly userAccounts: UsersService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => [User], {
    description: "ADMIN: users, optionally of one organisation. A provider's coordinator: its own provider's users.",
  })
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  users(
    @Context() ctx: RequestContext,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string | null,
  ): Promise<User[]> {
    return this.userAccounts.list(ctx, organisationId);
  }

  @Mutation(() => User)
  @Roles(Role.ADMIN)
  createUser(@Context() ctx: RequestContext, @Args('input') input: CreateUserInput): Promise<User> {
    return this.userAccounts.create(ctx, input);
  }

  @Mutation(() => User)
  @Roles(Role.ADMIN)
  updateUser(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateUserInput,
  ): Promise<User> {
    return this.userAccounts.update(ctx, id, input);
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
