import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { CreateProviderInput } from './create-provider.input';
import { Provider } from './provider.model';
import { ProvidersService } from './providers.service';
import { UpdateProviderInput } from './update-provider.input';

@Resolver(() => Provider)
export class ProvidersResolver {
  constructor(private readonly providers: ProvidersService) {}

  @Query(() => [Provider], { name: 'providers', description: 'The providers the caller may see.' })
  @SignedIn()
  listProviders(@Context() ctx: RequestContext): Promise<Provider[]> {
    return this.providers.list(ctx);
  }

  @Query(() => Provider, { nullable: true })
  @SignedIn()
  provider(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Provider> {
    return this.providers.get(ctx, id);
  }

  @Mutation(() => Provider)
  @Roles(Role.ADMIN)
  createProvider(@Context() ctx: RequestContext, @Args('input') input: CreateProviderInput): Promise<Provider> {
    return this.providers.create(ctx, input);
  }

  @Mutation(() => Provider)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  updateProvider(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateProviderInput,
  ): Promise<Provider> {
    return this.providers.update(ctx, id, input);
  }

  @ResolveField(() => String, {
    nullable: true,
    description: "Seen by the provider's staff and ADMIN only; null for others.",
  })
  @SignedIn()
  onCallEmail(@Context() ctx: RequestContext, @Parent() provider: Provider): Promise<string | null> {
    return this.providers.onCallEmail(ctx, provider);
  }
}
