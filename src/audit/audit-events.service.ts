import { Injectable } from '@nestjs/common';
import { Connection, CursorShape, checkPageRequest, toConnection } from '../common/pagination/connection';
import { RequestContext } from '../common/request-context';
import { User } from '../users/user.model';
import { UsersService } from '../users/users.service';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEvent, AuditFilter } from './audit-event.model';

/** Newest first, by the event's serial id. */
const AUDIT_CURSOR: CursorShape = { list: 'auditEvents', parts: ['serial'] };

/** Reads the audit log (ADMIN). Writing is AuditService's. */
@Injectable()
export class AuditEventsService {
  constructor(private readonly users: UsersService) {}

  async list(
    ctx: RequestContext,
    filter: AuditFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<AuditEvent>> {
    const page = checkPageRequest(first, after, AUDIT_CURSOR);
    const query = ctx.manager.createQueryBuilder(AuditEventEntity, 'e');
    if (filter?.entityType) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter?.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter?.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('e.at < :to', { to: filter.to });
    const totalCount = await query.getCount();
    if (page.after) query.andWhere('e.id < :afterId', { afterId: page.after[0] });
    const rows = await query
      .orderBy('e.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, AUDIT_CURSOR, (row) => [row.id], totalCount);
  }

  /** The actor of an event, batched across the page. */
  actor(ctx: RequestContext, actorId: string | null): Promise<User | null> {
    if (!actorId) return Promise.resolve(null);
    return this.users.find(ctx, actorId);
  }
}
