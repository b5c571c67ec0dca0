import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { Clearable, MultiLine } from '../common/validation/input-rules';
import { toProvider } from '../organisations/organisation.mapper';
import { OrganisationsService } from '../organisations/organisations.service';
import { Provider } from '../providers/provider.model';
import { SupportWorkerAssignment } from '../support-workers/support-worker.model';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { Survivor } from '../survivors/survivor.model';
import { SurvivorsService } from '../survivors/survivors.service';
import { SupportCaseCloseReason } from './support-case-enums';
import {
  ExtendSupportInput,
  OpenSupportCaseInput,
  RecoveryNeedsAssessmentOutcomeInput,
  SubmitRecoveryNeedsAssessmentInput,
  SupportCaseFilter,
} from './support-case.inputs';
import {
  RecoveryNeedsAssessment,
  SupportCase,
  SupportCaseConnection,
  SupportEndChangeModel,
} from './support-case.model';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { SupportCasesService } from './support-cases.service';

const STAFF = [Role.ADMIN, Role.PROVIDER_COORDINATOR];
/** Cases are about the person: never the referrer or a commissioner (CONTRACT.md, Support cases). */
const READERS = [Role.ADMIN, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER];
const MAX_NOTE = 500;

@Resolver(() => SupportCase)
export class SupportCasesResolver {
  constructor(
    private readonly cases: SupportCasesService,
    private readonly survivors: SurvivorsService,
    private readonly organisations: OrganisationsService,
    private readonly workers: SupportWorkersService,
  ) {}

  @Query(() => SupportCase, { nullable: true })
  @Roles(...READERS)
  supportCase(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
  ): Promise<SupportCase> {
    return this.cases.get(ctx, id);
  }

  @Query(() => SupportCaseConnection)
  @Roles(...READERS)
  @Clearable('filter', 'first', 'after')
  supportCases(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => SupportCaseFilter, nullable: true }) filter?: SupportCaseFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.cases.list(ctx, filter, first, after);
  }

  @Mutation(() => SupportCase)
  @Roles(...STAFF)
  openSupportCase(@Context() ctx: RequestContext, @Args('input') input: OpenSupportCaseInput): Promise<SupportCase> {
    return this.cases.open(ctx, input);
  }

  @Mutation(() => SupportCase)
  @Roles(...STAFF)
  @Clearable('note')
  @MultiLine('note')
  closeSupportCase(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('reason', { type: () => SupportCaseCloseReason }) reason: SupportCaseCloseReason,
    @Args('note', { type: () => String, nullable: true }) note?: string,
  ): Promise<SupportCase> {
    const text = note?.trim();
    if (text && text.length > MAX_NOTE)
      throw DomainError.badInput('note', `note must be at most ${MAX_NOTE} characters.`);
    return this.cases.close(ctx, id, reason, text || undefined);
  }

  @Mutation(() => RecoveryNeedsAssessment)
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER)
  submitRecoveryNeedsAssessment(
    @Context() ctx: RequestContext,
    @Args('input') input: SubmitRecoveryNeedsAssessmentInput,
  ): Promise<RecoveryNeedsAssessment> {
    return this.cases.submitAssessment(ctx, input);
  }

  @Mutation(() => RecoveryNeedsAssessment)
  @Roles(...STAFF)
  recordRecoveryNeedsAssessmentOutcome(
    @Context() ctx: RequestContext,
    @Args('input') input: RecoveryNeedsAssessmentOutcomeInput,
  ): Promise<RecoveryNeedsAssessment> {
    return this.cases.decideAssessment(ctx, input);
  }

  @Mutation(() => SupportCase)
  @Roles(...STAFF)
  extendSupport(@Context() ctx: RequestContext, @Args('input') input: ExtendSupportInput): Promise<SupportCase> {
    return this.cases.extend(ctx, input);
  }

  @ResolveField('recoveryNeedsAssessments', () => [RecoveryNeedsAssessment])
  @SignedIn()
  recoveryNeedsAssessments(
    @Context() ctx: RequestContext,
    @Parent() found: SupportCase,
  ): Promise<RecoveryNeedsAssessment[]> {
    return this.cases.assessments(ctx, found.id);
  }

  @ResolveField('supportEndHistory', () => [SupportEndChangeModel], {
    description: 'Every change to the end of support, oldest first.',
  })
  @SignedIn()
  supportEndHistory(@Context() ctx: RequestContext, @Parent() found: SupportCase): Promise<SupportEndChangeModel[]> {
    return this.cases.supportEndHistory(ctx, found.id);
  }

  @ResolveField('survivor', () => Survivor)
  @SignedIn()
  survivor(@Context() ctx: RequestContext, @Parent() found: SupportCase): Promise<Survivor> {
    return this.survivors.get(ctx, found.survivorId);
  }

  @ResolveField('provider', () => Provider)
  @SignedIn()
  async provider(@Context() ctx: RequestContext, @Parent() found: SupportCase): Promise<Provider> {
    return toProvider((await this.organisations.load(ctx, found.providerId))!);
  }

  @ResolveField('supportWorkers', () => [SupportWorkerAssignment])
  @SignedIn()
  @Clearable('includeEnded')
  supportWorkers(
    @Context() ctx: RequestContext,
    @Parent() found: SupportCase,
    @Args('includeEnded', { type: () => Boolean, nullable: true, defaultValue: false }) includeEnded: boolean,
  ): Promise<SupportWorkerAssignment[]> {
    return this.workers.forCase(ctx, found.id, includeEnded ?? false);
  }
}

@Resolver(() => SupportEndChangeModel)
export class SupportEndChangeResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField('by', () => User, { nullable: true })
  @SignedIn()
  by(@Context() ctx: RequestContext, @Parent() change: SupportEndChangeModel): Promise<User> | null {
    return change.byUserId ? this.users.load(ctx, change.byUserId) : null;
  }
}

/** SupportWorkerAssignment.supportCase and Survivor.supportCases: case fields on other modules' types. */
@Resolver(() => SupportWorkerAssignment)
export class AssignmentCaseResolver {
  constructor(private readonly cases: SupportCasesService) {}

  @ResolveField('supportCase', () => SupportCase, {
    nullable: true,
    description: 'Null only while assigned to a referral that awaits acceptance.',
  })
  @SignedIn()
  supportCase(
    @Context() ctx: RequestContext,
    @Parent() assignment: SupportWorkerAssignment,
  ): Promise<SupportCase | null> | null {
    return assignment.supportCaseId ? this.cases.load(ctx, assignment.supportCaseId) : null;
  }
}

@Resolver(() => Survivor)
export class SurvivorCasesResolver {
  constructor(private readonly cases: SupportCasesService) {}

  @ResolveField('supportCases', () => [SupportCase])
  @SignedIn()
  supportCases(@Context() ctx: RequestContext, @Parent() survivor: Survivor): Promise<SupportCase[]> {
    return this.cases.ofSurvivor(ctx, survivor.id);
  }
}
