import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Append-only: who did what to which entity, when. A trigger refuses UPDATE, DELETE and TRUNCATE.
 * Never holds personal data: ids and action names only.
 */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId'])
@Index('audit_event_actor_idx', ['actorId'])
@Index('audit_event_at_idx', ['at'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column('timestamptz', { default: () => 'now()' })
  at: Date;

  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Column('text', { nullable: true })
  actorRole: string | null;

  @Column('uuid', { nullable: true })
  actorOrganisationId: string | null;

  /** e.g. placement.confirm, survivor.read, safehouse.address.read */
  @Column('text')
  action: string;

  @Column('text')
  entityType: string;

  @Column('text', { nullable: true })
  entityId: string | null;

  @Column('text', { nullable: true })
  requestId: string | null;
}
