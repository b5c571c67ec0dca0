import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { IdPipe } from '../common/validation/id.pipe';
import { toProvider } from '../organisations/organisation.mapper';
import { OrganisationsService } from '../organisations/organisations.service';
import { Provider } from '../providers/provider.model';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { CreateSupportWorkerInput, UpdateSupportWorkerInput } from './support-worker.inputs';
import { SupportWorker, SupportWorkerAssignment } from './support-worker.model';
import { SupportWorkersService } from './support-workers.service';
import { MultiLine } from '../common/validation/input-rules';

const STAFF = [Role.ADMIN, Role.PROVIDER_COORDINATOR];

@Resolver(() => SupportWorker)
export class SupportWorkersResolver {
  constructor(
    private readonly workers: SupportWorkersService,
    private readonly organisations: OrganisationsService,
    private readonly users: UsersService,
  ) {}

  @Mutation(() => SupportWorker)
  @Roles(...STAFF)
  createSupportWorker(
    @Context() ctx: RequestContext,
    @Args('input') input: CreateSupportWorkerInput,
  ): Promise<SupportWorker> {
    return this.workers.create(ctx, input);
  }

  @Mutation(() => SupportWorker)
  @Roles(...STAFF)
  updateSupportWorker(
    @Context() ctx: RequestContext,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateSupportWorkerInput,
  ): Promise<SupportWorker> {
    return this.workers.update(ctx, id, input);
  }

  @Mutation(() => SupportWorkerAssignment)
  @Roles(...STAFF)
  @MultiLine('reason')
  endAssignment(
    @Context() ctx: RequestContext,
    @Args('assignmentId', { type: () => ID }, IdPipe) id: string,
    @Args('reason') reason: string,
  ): Promise<SupportWorkerAssignment> {
    const text = reason.trim();
    if (text.length === 0 || text.length > 500)
      throw DomainError.badInput('reason', 'reason must be 1 to 500 characters.');
    return this.workers.endAssignment(ctx, id, text);
  }

  @ResolveField('provider', () => Provider)
  @SignedIn()
  async provider(@Context() ctx: RequestContext, @Parent() worker: SupportWorker): Promise<Provider> {
    return toProvider((await this.organisations.load(ctx, worker.providerId))!);
  }

  @ResolveField('user', () => User, { nullable: true })
  @SignedIn()
  user(@Context() ctx: RequestContext, @Parent() worker: SupportWorker): Promise<User> | null {
    return worker.userId ? this.users.load(ctx, worker.userId) : null;
  }
}
