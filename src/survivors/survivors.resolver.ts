import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { workingDaysBetween } from '../common/working-days';
import { Settings } from '../config/settings';
import { NrmStatus } from './nrm-status';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { Survivor } from './survivor.model';
import { SurvivorsService } from './survivors.service';

/** Survivors' details: never for commissioners (CONTRACT.md, Confidentiality). */
const READERS = [Role.ADMIN, Role.DUTY_OFFICER, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER];

@Resolver(() => Survivor)
export class SurvivorsResolver {
  constructor(
    private readonly survivors: SurvivorsService,
    private readonly settings: Settings,
  ) {}

  @Query(() => Survivor, { nullable: true })
  @Roles(...READERS)
  survivor(@Context() ctx: RequestContext, @Args('id', { type: () => ID }, IdPipe) id: string): Promise<Survivor> {
    return this.survivors.get(ctx, id);
  }

  /** Waiting more than 5 working days for a reasonable-grounds decision (the Single Competent Authority's aim). */
  @ResolveField('reasonableGroundsOverdue', () => Boolean)
  @SignedIn()
  reasonableGroundsOverdue(@Context() ctx: RequestContext, @Parent() survivor: Survivor): boolean {
    return (
      survivor.nrmStatus === NrmStatus.REFERRED &&
      survivor.nrmReferredOn !== null &&
      workingDaysBetween(survivor.nrmReferredOn, ctx.clock.today(), this.settings.EXTRA_BANK_HOLIDAYS) >
        REASONABLE_GROUNDS_AIM_WORKING_DAYS
    );
  }
}

/** The Single Competent Authority aims to decide reasonable grounds within 5 working days of a referral. */
const REASONABLE_GROUNDS_AIM_WORKING_DAYS = 5;
