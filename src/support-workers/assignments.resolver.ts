import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { SupportWorker, SupportWorkerAssignment } from './support-worker.model';
import { SupportWorkersService } from './support-workers.service';

@Resolver(() => SupportWorkerAssignment)
export class AssignmentsResolver {
  constructor(private readonly workers: SupportWorkersService) {}

  /** Reached only through a placement or mutation the caller may see. */
  @ResolveField('supportWorker', () => SupportWorker)
  @SignedIn()
  async supportWorker(
    @Context() ctx: RequestContext,
    @Parent() assignment: SupportWorkerAssignment,
  ): Promise<SupportWorker> {
    return (await this.workers.load(ctx, assignment.supportWorkerId))!;
  }
}
