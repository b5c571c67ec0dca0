import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { toPlacement } from '../placements/placement.mapper';
import { Placement } from '../placements/placement.model';
import { PlacementsService } from '../placements/placements.service';
import { Survivor } from '../survivors/survivor.model';
import { SurvivorsService } from '../survivors/survivors.service';
import { CompleteMoveOnInput } from './complete-move-on.input';
import { CreateMoveOnPlanInput } from './create-move-on-plan.input';
import { MoveOnGoalInput } from './move-on-goal.input';
import { MoveOnGoal } from './move-on-goal.model';
import { MoveOnPlanConnection } from './move-on-plan-connection.model';
import { MoveOnPlanFilter } from './move-on-plan-filter.input';
import { MoveOnPlan } from './move-on-plan.model';
import { NrmDecision } from './nrm-decision.model';
import { RecordNrmDecisionInput } from './record-nrm-decision.input';
import { UpdateMoveOnGoalInput } from './update-move-on-goal.input';
import { MoveOnService } from './move-on.service';
import { NrmJourneyService } from './nrm-journey.service';
import { DateScalar } from '../common/graphql/date.scalar';
import { Clearable } from '../common/validation/input-rules';
import { PlacementStatus } from '../placements/placement-enums';
import { SupportCase } from '../support-cases/support-case.model';
import { SupportCasesService } from '../support-cases/support-cases.service';

const STAFF = [Role.ADMIN, Role.PROVIDER_COORDINATOR];
const READERS = [Role.ADMIN, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER];

@Resolver(() => MoveOnPlan)
export class MoveOnResolver {
  constructor(
    private readonly moveOn: MoveOnService,
    private readonly placements: PlacementsService,
    private readonly survivors: SurvivorsService,
    private readonly cases: SupportCasesService,
    private readonly journey: NrmJourneyService,
  ) {}

  @Mutation(() => Survivor, {
    description: 'A person who was not referred to the NRM now is: REFERRED, with nrmReferredOn.',
  })
  @Roles(...STAFF)
  async recordNrmReferral(
    @Context() ctx: RequestContext,
    @Args('survivorId', { type: () => ID }, IdPipe) survivorId: string,
    @Args('referredOn', { type: () => DateScalar }) referredOn: string,
  ): Promise<Survivor> {
    return this.journey.recordReferral(ctx, survivorId, referredOn);
  }

  @Mutation(() => Survivor)
  @Roles(...STAFF)
  async recordNrmDecision(
    @Context() ctx: RequestContext,
    @Args('input') input: RecordNrmDecisionInput,
  ): Promise<Survivor> {
    return this.journey.recordDecision(ctx, input);
  }

  @Mutation(() => Survivor)
  @Roles(...STAFF)
  async requestNrmReconsideration(
    @Context() ctx: RequestContext,
    @Args('survivorId', { type: () => ID }, IdPipe) survivorId: string,
    @Args('requestedOn', { type: () => DateScalar }) requestedOn: string,
  ): Promise<Survivor> {
    return this.journey.requestReconsideration(ctx, survivorId, requestedOn);
  }

  @Mutation(() => Survivor)
  @Roles(...STAFF)
  async withdrawFromNrm(
    @Context() ctx: RequestContext,
    @Args('survivorId', { type: () => ID }, IdPipe) survivorId: string,
    @Args('on', { type: () => DateScalar }) on: string,
  ): Promise<Survivor> {
    return this.journey.withdraw(ctx, survivorId, on);
  }

  @Mutation(() => MoveOnPlan)
  @Roles(...STAFF)
  createMoveOnPlan(@Context() ctx: RequestContext, @Args('input') input: CreateMoveOnPlanInput): Promise<MoveOnPlan> {
    return this.moveOn.createPlan(ctx, input);
  }

  @Mutation(() => MoveOnGoal)
  @Roles(...STAFF)
  addMoveOnGoal(
    @Context() ctx: RequestContext,
    @Args('planId', { type: () => ID }, IdPipe) planId: string,
    @Args('input') input: MoveOnGoalInput,
  ): Promise<MoveOnGoal> {
    return this.moveOn.addGoal(ctx, planId, input);
  }

  @Mutation(() => MoveOnGoal)
  @Roles(...READERS)
  updateMoveOnGoal(
    @Context() ctx: RequestContext,
    @Args('goalId', { type: () => ID }, IdPipe) goalId: string,
    @Args('input') input: UpdateMoveOnGoalInput,
  ): Promise<MoveOnGoal> {
    return this.moveOn.updateGoal(ctx, goalId, input);
  }

  @Mutation(() => MoveOnPlan)
  @Roles(...STAFF)
  activateMoveOnPlan(
    @Context() ctx: RequestContext,
    @Args('planId', { type: () => ID }, IdPipe) planId: string,
  ): Promise<MoveOnPlan> {
    return this.moveOn.activate(ctx, planId);
  }

  @Mutation(() => MoveOnPlan)
  @Roles(...STAFF)
  completeMoveOn(@Context() ctx: RequestContext, @Args('input') input: CompleteMoveOnInput): Promise<MoveOnPlan> {
    return this.moveOn.complete(ctx, input);
  }

  @Query(() => MoveOnPlan, { nullable: true })
  @Roles(...READERS)
  moveOnPlan(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<MoveOnPlan> {
    return this.moveOn.get(ctx, id);
  }

  @Query(() => MoveOnPlanConnection)
  @Roles(...READERS)
  @Clearable('filter', 'first', 'after')
  moveOnPlans(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => MoveOnPlanFilter, nullable: true }) filter?: MoveOnPlanFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.moveOn.list(ctx, filter, first, after);
  }

  @ResolveField('placement', () => Placement, { nullable: true })
  @SignedIn()
  async placement(@Context() ctx: RequestContext, @Parent() plan: MoveOnPlan): Promise<Placement | null> {
    const ofCase = await this.placements.ofCase(ctx, plan.supportCaseId);
    const current =
      ofCase.findLast((row) => row.status === PlacementStatus.CONFIRMED || row.status === PlacementStatus.ARRIVED) ??
      ofCase.at(-1);
    return current ? toPlacement(current, ctx.clock.now()) : null;
  }

  @ResolveField('supportCase', () => SupportCase)
  @SignedIn()
  async supportCase(@Context() ctx: RequestContext, @Parent() plan: MoveOnPlan): Promise<SupportCase> {
    return this.cases.get(ctx, plan.supportCaseId);
  }

  @ResolveField('survivor', () => Survivor)
  @SignedIn()
  survivor(@Context() ctx: RequestContext, @Parent() plan: MoveOnPlan): Promise<Survivor> {
    return this.survivors.get(ctx, plan.survivorId);
  }

  @ResolveField('triggeringDecision', () => NrmDecision, { nullable: true })
  @SignedIn()
  triggeringDecision(@Context() ctx: RequestContext, @Parent() plan: MoveOnPlan): Promise<NrmDecision | null> | null {
    return plan.triggeringDecisionId ? this.moveOn.decision(ctx, plan.triggeringDecisionId) : null;
  }

  @ResolveField('goals', () => [MoveOnGoal])
  @SignedIn()
  goals(@Context() ctx: RequestContext, @Parent() plan: MoveOnPlan): Promise<MoveOnGoal[]> {
    return this.moveOn.goals(ctx, plan.id);
  }
}
