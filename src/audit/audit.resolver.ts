import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { User } from '../users/user.model';
import { AuditEvent, AuditEventConnection, AuditFilter } from './audit-event.model';
import { AuditEventsService } from './audit-events.service';
import { Clearable } from '../common/validation/input-rules';

@Resolver(() => AuditEvent)
export class AuditResolver {
  constructor(private readonly events: AuditEventsService) {}

  @Query(() => AuditEventConnection)
  @Roles(Role.ADMIN)
  @Clearable('filter', 'first', 'after')
  auditEvents(
    @Context() ctx: RequestContext,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ) {
    return this.events.list(ctx, filter, first, after);
  }

  @ResolveField('actor', () => User, { nullable: true })
  @Roles(Role.ADMIN)
  actor(@Context() ctx: RequestContext, @Parent() event: AuditEvent): Promise<User | null> {
    return this.events.actor(ctx, event.actorId);
  }
}
