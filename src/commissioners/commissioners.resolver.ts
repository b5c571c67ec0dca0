import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Provider } from '../providers/provider.model';
import { Commissioner } from './commissioner.model';
import { CommissionProviderInput, CreateCommissionerInput } from './commissioner.inputs';
import { CommissionersService } from './commissioners.service';
import { Commissioning } from './commissioning.model';

@Resolver(() => Commissioner)
export class CommissionersResolver {
  constructor(private readonly commissioners: CommissionersService) {}

  @Query(() => [Commissioner], { name: 'commissioners' })
  @SignedIn()
  listCommissioners(@Context() ctx: RequestContext): Promise<Commissioner[]> {
    return this.commissioners.list(ctx);
  }

  @Mutation(() => Commissioner)
  @Roles(Role.ADMIN)
  createCommissioner(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateCommissionerInput,
  ): Promise<Commissioner> {
    return this.commissioners.create(ctx, input);
  }

  @Mutation(() => Commissioning)
  @Roles(Role.ADMIN)
  commissionProvider(
    @Context() ctx: RequestContext,
    @Args('input') input: CommissionProviderInput,
  ): Promise<Commissioning> {
    return this.commissioners.commission(ctx, input);
  }

  @ResolveField('providers', () => [Provider])
  @SignedIn()
  providers(@Context() ctx: RequestContext, @Parent() commissioner: Commissioner): Promise<Provider[]> {
    return this.commissioners.providersOf(ctx, commissioner.id);
  }
}
