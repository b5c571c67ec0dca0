import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Provider } from '../providers/provider.model';
import { SupportWorker } from './support-worker.model';
import { SupportWorkersService } from './support-workers.service';
import { Clearable } from '../common/validation/input-rules';

@Resolver(() => Provider)
export class ProviderSupportWorkersResolver {
  constructor(private readonly workers: SupportWorkersService) {}

  @ResolveField('supportWorkers', () => [SupportWorker])
  @Roles(Role.ADMIN, Role.PROVIDER_COORDINATOR, Role.SUPPORT_WORKER, Role.COMMISSIONER)
  @Clearable('includeInactive')
  supportWorkers(
    @Context() ctx: RequestContext,
    @Parent() provider: Provider,
    @Args('includeInactive', { type: () => Boolean, nullable: true, defaultValue: false }) includeInactive: boolean,
  ): Promise<SupportWorker[]> {
    return this.workers.forProvider(ctx, provider.id, includeInactive);
  }
}
