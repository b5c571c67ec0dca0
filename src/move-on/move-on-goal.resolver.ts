import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { SupportWorker } from '../support-workers/support-worker.model';
import { SupportWorkersService } from '../support-workers/support-workers.service';
import { MoveOnGoal } from './move-on-goal.model';

@Resolver(() => MoveOnGoal)
export class MoveOnGoalResolver {
  constructor(private readonly workers: SupportWorkersService) {}

  @ResolveField('owner', () => SupportWorker, { nullable: true })
  @SignedIn()
  owner(@Context() ctx: RequestContext, @Parent() goal: MoveOnGoal): Promise<SupportWorker | null> | null {
    return goal.ownerSupportWorkerId ? this.workers.load(ctx, goal.ownerSupportWorkerId) : null;
  }
}
