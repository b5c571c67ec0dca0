import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { AddBedInput } from './add-bed.input';
import { BedBlock } from './bed-block.model';
import { BedOutOfServiceInput } from './bed-out-of-service.input';
import { Bed } from './bed.model';
import { BedsService } from './beds.service';
import { Safehouse } from './safehouse.model';
import { SafehousesService } from './safehouses.service';

@Resolver(() => Bed)
export class BedsResolver {
  constructor(
    private readonly beds: BedsService,
    private readonly safehouses: SafehousesService,
  ) {}

  @Mutation(() => Bed)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  addBed(@Context() ctx: RequestContext, @Args('input') input: AddBedInput): Promise<Bed> {
    return this.beds.add(ctx, input);
  }

  @Mutation(() => Boolean)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  removeBed(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<boolean> {
    return this.beds.remove(ctx, id);
  }

  @Mutation(() => BedBlock)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  setBedOutOfService(@Context() ctx: RequestContext, @Args('input') input: BedOutOfServiceInput): Promise<BedBlock> {
    return this.beds.setOutOfService(ctx, input);
  }

  @Mutation(() => Boolean)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  returnBedToService(
    @Context() ctx: RequestContext,
    @Args('blockId', { type: () => ID }, IdPipe) blockId: string,
  ): Promise<boolean> {
    return this.beds.returnToService(ctx, blockId);
  }

  @ResolveField('safehouse', () => Safehouse)
  @SignedIn()
  async safehouse(@Context() ctx: RequestContext, @Parent() bed: Bed): Promise<Safehouse> {
    const safehouse = await this.safehouses.load(ctx, bed.safehouseId);
    if (!safehouse) throw DomainError.notFound('safehouse');
    return bed.confidentialWithheld ? { ...safehouse, confidentialWithheld: true } : safehouse;
  }
}
