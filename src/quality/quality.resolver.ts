import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { Safehouse } from '../safehouses/safehouse.model';
import { QualityService } from './quality.service';
import { ReferralSuspensionsService } from './referral-suspensions.service';
import { SafehouseQuality } from './safehouse-quality.model';
import { UnmetDemand } from './unmet-demand.model';
import { Clearable, MultiLine } from '../common/validation/input-rules';

/** The commissioner's quality review: the overview, unmet demand, and suspending referrals. */
@Resolver()
export class QualityResolver {
  constructor(
    private readonly quality: QualityService,
    private readonly suspensions: ReferralSuspensionsService,
  ) {}

  @Query(() => [SafehouseQuality], {
    description:
      'Per house of the providers the commissioner commissions today. A commissioner sees its own (commissionerId may be left out); ADMIN names one.',
  })
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  @Clearable('commissionerId')
  qualityOverview(
    @Context() ctx: RequestContext,
    @Args('commissionerId', { type: () => ID, nullable: true }) commissionerId?: string | null,
  ): Promise<SafehouseQuality[]> {
    return this.quality.overview(ctx, commissionerId);
  }

  @Query(() => [UnmetDemand], {
    description: 'Searches and declines that found no bed, grouped by need, for commissioners and admins.',
  })
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  unmetDemand(
    @Context() ctx: RequestContext,
    @Args('from', { type: () => DateTimeScalar }) from: Date,
    @Args('to', { type: () => DateTimeScalar }) to: Date,
  ): Promise<UnmetDemand[]> {
    return this.quality.unmetDemand(ctx, from, to);
  }

  @Mutation(() => Safehouse)
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  @MultiLine('reason')
  suspendReferrals(
    @Context() ctx: RequestContext,
    @Args('safehouseId', { type: () => ID }, IdPipe) safehouseId: string,
    @Args('reason') reason: string,
  ): Promise<Safehouse> {
    return this.suspensions.suspend(ctx, safehouseId, reason);
  }

  @Mutation(() => Safehouse)
  @Roles(Role.ADMIN, Role.COMMISSIONER)
  @Clearable('reason')
  @MultiLine('reason')
  resumeReferrals(
    @Context() ctx: RequestContext,
    @Args('safehouseId', { type: () => ID }, IdPipe) safehouseId: string,
    @Args('reason', { type: () => String, nullable: true, description: 'Why referrals resume; kept with the history.' })
    reason?: string | null,
  ): Promise<Safehouse> {
    return this.suspensions.resume(ctx, safehouseId, reason);
  }
}
