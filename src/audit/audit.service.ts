import { Injectable } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { AuditEventEntity } from './audit-event.entity';

export interface AuditRecord {
  /** e.g. provider.create, safehouse.address.read */
  action: string;
  entityType: string;
  entityId?: string | null;
}

@Injectable()
export class AuditService {
  /**
   * Appends an event on the context's manager: inside a mutation's transaction it commits or rolls
   * back with the change it records.
   */
  async record(ctx: RequestContext, record: AuditRecord): Promise<void> {
    await ctx.manager.insert(AuditEventEntity, {
      actorId: ctx.actor?.userId ?? null,
      actorRole: ctx.actor?.role ?? null,
      actorOrganisationId: ctx.actor?.organisationId ?? null,
      action: record.action,
      entityType: record.entityType,
      entityId: record.entityId ?? null,
      requestId: ctx.requestId,
    });
  }
}
