import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { OrganisationsService } from '../organisations/organisations.service';
import { toProvider } from '../organisations/organisation.mapper';
import { Provider } from '../providers/provider.model';
import { Bed } from './bed.model';
import { BedsService } from './beds.service';
import { CreateSafehouseInput } from './create-safehouse.input';
import { Safehouse } from './safehouse.model';
import { SafehousesService } from './safehouses.service';
import { UpdateSafehouseInput } from './update-safehouse.input';

@Resolver(() => Safehouse)
export class SafehousesResolver {
  constructor(
    private readonly safehouses: SafehousesService,
    private readonly bedsService: BedsService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => Safehouse, { nullable: true })
  @SignedIn()
  safehouse(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Safehouse> {
    return this.safehouses.get(ctx, id);
  }

  @Mutation(() => Safehouse)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  createSafehouse(@Context() ctx: RequestContext, @Args('input') input: CreateSafehouseInput): Promise<Safehouse> {
    return this.safehouses.create(ctx, input);
  }

  @Mutation(() => Safehouse)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  updateSafehouse(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateSafehouseInput,
  ): Promise<Safehouse> {
    return this.safehouses.update(ctx, id, input);
  }

  @Mutation(() => Safehouse, {
    description: 'The provider says the beds shown are right as they stand; sets capacityConfirmedAt.',
  })
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  confirmCapacity(
    @Context() ctx: RequestContext,
    @Args('safehouseId', { type: () => ID }, IdPipe) safehouseId: string,
  ): Promise<Safehouse> {
    return this.safehouses.confirmCapacity(ctx, safehouseId);
  }

  @ResolveField('provider', () => Provider)
  @SignedIn()
  async provider(@Context() ctx: RequestContext, @Parent() safehouse: Safehouse): Promise<Provider> {
    const provider = safehouse.knownProvider ?? toProvider((await this.organisations.load(ctx, safehouse.providerId))!);
    // from a search result, the provider's other houses (this one too) keep their addresses withheld
    return safehouse.confidentialWithheld ? { ...provider, confidentialWithheld: true } : provider;
  }

  @ResolveField('beds', () => [Bed])
  @SignedIn()
  async beds(@Context() ctx: RequestContext, @Parent() safehouse: Safehouse): Promise<Bed[]> {
    const beds = await this.bedsService.forSafehouse(ctx, safehouse.id);
    return safehouse.confidentialWithheld ? beds.map((bed) => ({ ...bed, confidentialWithheld: true })) : beds;
  }

  @ResolveField('address', () => String, {
    nullable: true,
    description: 'Confidential: null unless the viewer may see it (CONTRACT.md, Confidentiality).',
  })
  @SignedIn()
  async address(@Context() ctx: RequestContext, @Parent() safehouse: Safehouse): Promise<string | null> {
    if (safehouse.confidentialWithheld) return null;
    return (await this.safehouses.confidentialDetails(ctx, safehouse.id))?.address ?? null;
  }

  @ResolveField('postcode', () => String, { nullable: true, description: 'Confidential, like address.' })
  @SignedIn()
  async postcode(@Context() ctx: RequestContext, @Parent() safehouse: Safehouse): Promise<string | null> {
    if (safehouse.confidentialWithheld) return null;
    return (await this.safehouses.confidentialDetails(ctx, safehouse.id))?.postcode ?? null;
  }
}
