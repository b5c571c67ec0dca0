import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AccessPolicy } from '../common/access/access-policy';
import { Roles } from '../common/access/access.decorators';
import { DomainError } from '../common/errors/domain-error';
import { DateScalar } from '../common/graphql/date.scalar';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { BedBoardRow } from './bed-board.model';
import { BedBoardService } from './bed-board.service';
import { Safehouse } from './safehouse.model';
import { Clearable } from '../common/validation/input-rules';

export const MAX_BOARD_DAYS = 31;

/** Safehouse.bedBoard: the provider's own day-by-day view of its beds (not part of the contract). */
@Resolver(() => Safehouse)
export class BedBoardResolver {
  constructor(
    private readonly board: BedBoardService,
    private readonly access: AccessPolicy,
  ) {}

  @ResolveField('bedBoard', () => [BedBoardRow], {
    description:
      "Each bed, day by day from `from` (today in Europe/London when left out) for `days` days (1 to 31): free, held, booked, resident or out of service. For the provider's coordinators and ADMIN.",
  })
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR)
  @Clearable('from', 'days')
  bedBoard(
    @Context() ctx: RequestContext,
    @Parent() safehouse: Safehouse,
    @Args('from', { type: () => DateScalar, nullable: true }) from?: string | null,
    @Args('days', { type: () => Int, nullable: true, defaultValue: 7 }) days?: number | null,
  ): Promise<BedBoardRow[]> {
    if (!this.access.managesProvider(ctx, safehouse.providerId)) {
      throw DomainError.forbidden("Only a coordinator of this house's provider may see its bed board.");
    }
    const count = days ?? 7;
    if (!Number.isInteger(count) || count < 1 || count > MAX_BOARD_DAYS) {
      throw DomainError.badInput('days', `days must be 1 to ${MAX_BOARD_DAYS}.`);
    }
    return this.board.board(ctx, safehouse.id, from ?? ctx.clock.today(), count);
  }
}
