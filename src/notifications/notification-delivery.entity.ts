import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { NotificationEventEntity } from './notification-event.entity';
import { NotificationChannel } from './notification-topic';
import { PushSubscriptionEntity } from './push-subscription.entity';

export enum DeliveryStatus {
  /** To send: at `nextAttemptAt`, by whichever instance claims it first. */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Given up after NOTIFICATION_MAX_ATTEMPTS, or refused for good: kept with its last error for ADMIN. */
  FAILED = 'FAILED',
  /** Its push subscription is gone (the push service said so, or the user removed it): nobody to send to. */
  DROPPED = 'DROPPED',
}

/**
 * One message to one recipient by one channel: at most one per event, recipient and channel (the
 * unique key), so an event found twice, or enqueued by two instances, is sent once. Claimed for a
 * send by setting the lease (`lockedUntil`) in a short statement that commits before the send.
 */
@Entity('notification_delivery')
@Index('notification_delivery_once', ['eventKey', 'recipient', 'channel'], { unique: true })
@Index('notification_delivery_due', ['nextAttemptAt'], { where: `"status" = 'PENDING'` })
@Check('notification_delivery_status_check', `"status" IN ('PENDING', 'SENT', 'FAILED', 'DROPPED')`)
@Check('notification_delivery_channel_check', `"channel" IN ('EMAIL', 'WEB_PUSH')`)
export class NotificationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  eventKey: string;

  @ManyToOne(() => NotificationEventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_key' })
  event?: NotificationEventEntity;

  @Column('text')
  channel: NotificationChannel;

  /** Who: `user:<id>`, `on-call:<provider id>` (the provider's mailbox), `push:<subscription id>`. */
  @Column('text')
  recipient: string;

  /** EMAIL: the address, as it was when the event happened. */
  @Column('text', { nullable: true })
  emailTo: string | null;

  /** WEB_PUSH: the subscription; null once it is gone. */
  @Column('uuid', { nullable: true })
  pushSubscriptionId: string | null;

  @ManyToOne(() => PushSubscriptionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'push_subscription_id' })
  pushSubscription?: PushSubscriptionEntity;

  /** Where in the page the message leads this recipient (a hash route, e.g. `#/referrals`). */
  @Column('text')
  link: string;

  @Column('text', { default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  @Column('integer', { default: 0 })
  attempts: number;

  @Column('timestamptz')
  nextAttemptAt: Date;

  /** While an instance is sending it: until when (a lease that passes if the instance dies). */
  @Column('timestamptz', { nullable: true })
  lockedUntil: Date | null;

  @Column('text', { nullable: true })
  lockedBy: string | null;

  @Column('timestamptz', { nullable: true })
  lastAttemptAt: Date | null;

  /** Why the last attempt failed (the transport's answer; never the message). */
  @Column('text', { nullable: true })
  lastError: string | null;

  @Column('timestamptz', { nullable: true })
  sentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
