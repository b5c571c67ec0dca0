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

  /** The same event for many entities, in one statement (a purge erasing many survivors). */
  async recordMany(
    ctx: RequestContext,
    record: { action: string; entityType: string; entityIds: string[] },
  ): Promise<void> {
    if (record.entityIds.length === 0) return;
    await ctx.manager.query(
      `INSERT INTO audit_event (actor_id, actor_role, actor_organisation_id, action, entity_type, entity_id, request_id)
       SELECT $1, $2, $3, $4, $5, entity_id, $6 FROM unnest($7::text[]) AS entity_id`,
      [
        ctx.actor?.userId ?? null,
        ctx.actor?.role ?? null,
        ctx.actor?.organisationId ?? null,
        record.action,
        record.entityType,
        ctx.requestId,
        record.entityIds,
      ],
    );
  }
}
