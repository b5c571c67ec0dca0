import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { NotificationTopic } from './notification-topic';

/**
 * One row per thing that happened and needs someone: its key says which (`referral-received:<id>`,
 * `support-ending:<case>:<date>`), so the same deadline is never announced twice, whichever
 * instance or run finds it. Written in the transaction of the change that causes it (the outbox).
 */
@Entity('notification_event')
export class NotificationEventEntity {
  @PrimaryColumn('text')
  key: string;

  @Column('text')
  topic: NotificationTopic;

  /** The house the message names, if any (its name only: never its address). */
  @Column('text', { nullable: true })
  safehouseName: string | null;

  /** The moment the message names (an answer due, support ending), if any. */
  @Column('timestamptz', { nullable: true })
  deadline: Date | null;

  /** A word for what happened, for REFERRAL_ANSWERED (accepted, declined, lapsed). */
  @Column('text', { nullable: true })
  outcome: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
