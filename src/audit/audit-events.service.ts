import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { DomainError } from '../common/errors/domain-error';
import { Connection, checkPageRequest, decodeCursor, toConnection } from '../common/pagination/connection';
import { RequestContext } from '../common/request-context';
import { UserEntity } from '../users/user.entity';
import { User } from '../users/user.model';
import { toUser } from '../users/users.service';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEvent, AuditFilter } from './audit-event.model';

/** Reads the audit log (ADMIN). Writing is AuditService's. */
@Injectable()
export class AuditEventsService {
  async list(
    ctx: RequestContext,
    filter: AuditFilter | undefined,
    first?: number,
    after?: string,
  ): Promise<Connection<AuditEvent>> {
    const page = checkPageRequest(first, after);
    const query = ctx.manager.createQueryBuilder(AuditEventEntity, 'e');
    if (filter?.entityType) query.andWhere('e.entity_type = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere('e.entity_id = :entityId', { entityId: filter.entityId });
    if (filter?.actorId) query.andWhere('e.actor_id = :actorId', { actorId: filter.actorId });
    if (filter?.action) query.andWhere('e.action = :action', { action: filter.action });
    if (filter?.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('e.at < :to', { to: filter.to });
    const totalCount = await query.getCount();
    const afterId = page.after && decodeCursor(page.after);
    if (afterId !== undefined && !/^\d{1,19}$/.test(afterId))
      throw DomainError.badInput('after', 'after is not a cursor of this list.');
    if (afterId) query.andWhere('e.id < :afterId', { afterId });
    const rows = await query
      .orderBy('e.id', 'DESC')
      .limit(page.first + 1)
      .getMany();
    return toConnection(rows, page, (row) => row.id, totalCount);
  }

  /** The actor of an event, batched across the page. */
  actor(ctx: RequestContext, actorId: string | null): Promise<User | null> {
    if (!actorId) return Promise.resolve(null);
    return ctx
      .loader<string, User | null>('audit.actor', async (ids) => {
        const rows = await ctx.manager.findBy(UserEntity, { id: In([...ids]) });
        const byId = new Map(rows.map((row) => [row.id, toUser(row)]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(actorId);
  }
}
