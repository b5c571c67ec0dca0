import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { Commissioner } from '../commissioners/commissioner.model';
import { toCommissioner } from '../organisations/organisation.mapper';
import { OrganisationsService } from '../organisations/organisations.service';
import { Safehouse } from '../safehouses/safehouse.model';
import { SafehousesService } from '../safehouses/safehouses.service';
import { Inspection, InspectionAction, InspectionConnection, KeyQuestionRating } from './inspection.model';
import { InspectionFilter, RecordInspectionInput, UpdateInspectionInput } from './inspection.inputs';
import { InspectionsService } from './inspections.service';
import { Clearable, MultiLine } from '../common/validation/input-rules';

const READERS = [Role.ADMIN, Role.COMMISSIONER, Role.PROVIDER_COORDINATOR];

@Resolver(() => Inspection)
export class InspectionsResolver {
  constructor(
    private readonly service: InspectionsService,
    private readonly safehouses: SafehousesService,
    private readonly organisations: OrganisationsService,
  ) {}

  @Query(() => Inspection, { nullable: true })
  @Roles(...READERS)
  inspection(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Inspection> {
    return this.service.get(ctx, id);
  }

  @Query(() => InspectionConnection)
  @Roles(...READERS)
  @Clearable('filter', 'first', 'after')
  inspections(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => InspectionFilter, nullable: true }) filter?: InspectionFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.service.list(ctx, filter, first, after);
  }

  @Mutation(() => Inspection)
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  recordInspection(@Context() ctx: RequestContext, @Args('input') input: RecordInspectionInput): Promise<Inspection> {
    return this.service.record(ctx, input);
  }

  @Mutation(() => Inspection, {
    description: 'Corrects a DRAFT inspection, replacing its content; INSPECTION_PUBLISHED once published.',
  })
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  updateInspection(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateInspectionInput,
  ): Promise<Inspection> {
    return this.service.update(ctx, id, input);
  }

  @Mutation(() => Inspection)
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  publishInspection(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<Inspection> {
    return this.service.publish(ctx, id);
  }

  @Mutation(() => InspectionAction)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  @MultiLine('evidence')
  completeInspectionAction(
    @Context() ctx: RequestContext,
    @Args('actionId', { type: () => ID }, IdPipe) actionId: string,
    @Args('evidence') evidence: string,
  ): Promise<InspectionAction> {
    return this.service.completeAction(ctx, actionId, evidence);
  }

  @Mutation(() => InspectionAction)
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  verifyInspectionAction(
    @Context() ctx: RequestContext,
    @Args('actionId', { type: () => ID }, IdPipe) actionId: string,
  ): Promise<InspectionAction> {
    return this.service.verifyAction(ctx, actionId);
  }

  @ResolveField('safehouse', () => Safehouse)
  @Roles(...READERS)
  async safehouse(@Context() ctx: RequestContext, @Parent() inspection: Inspection): Promise<Safehouse> {
    const safehouse = (await this.safehouses.load(ctx, inspection.safehouseId))!;
    return inspection.confidentialWithheld ? { ...safehouse, confidentialWithheld: true } : safehouse;
  }

  @ResolveField('commissioner', () => Commissioner)
  @Roles(...READERS)
  async commissioner(@Context() ctx: RequestContext, @Parent() inspection: Inspection): Promise<Commissioner> {
    return toCommissioner((await this.organisations.load(ctx, inspection.commissionerId))!);
  }

  @ResolveField('ratings', () => [KeyQuestionRating])
  @Roles(...READERS)
  ratings(@Context() ctx: RequestContext, @Parent() inspection: Inspection): Promise<KeyQuestionRating[]> {
    return this.service.ratings(ctx, inspection.id);
  }

  @ResolveField('actions', () => [InspectionAction])
  @Roles(...READERS)
  actions(@Context() ctx: RequestContext, @Parent() inspection: Inspection): Promise<InspectionAction[]> {
    return this.service.actions(ctx, inspection.id);
  }
}
