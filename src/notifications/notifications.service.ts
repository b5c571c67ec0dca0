import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Settings } from '../config/settings';
import { OrganisationsService } from '../organisations/organisations.service';
import { UsersService } from '../users/users.service';
import { EmailChannel } from './email-channel';
import { DeliveryStatus, NotificationDeliveryEntity } from './notification-delivery.entity';
import { NotificationEventEntity } from './notification-event.entity';
import { Audience, NotificationEvent } from './notification-event';
import { NotificationFailure } from './notification-failure.model';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationPreference } from './notification-preference.model';
import { NotificationSender } from './notification-sender';
import { ALL_TOPICS, NotificationChannel, NotificationTopic, defaultChannels } from './notification-topic';
import { PushChannel } from './push-channel';
import { EndpointRefused, checkEndpoint } from './push-endpoint';
import { PushSubscriptionEntity } from './push-subscription.entity';
import { PushSubscriptionInput } from './push-subscription.input';

/** A push subscription's keys: a P-256 point (65 bytes) and a 16-byte secret, base64url. */
const P256DH = /^[A-Za-z0-9_-]{87}$/;
const AUTH = /^[A-Za-z0-9_-]{22}$/;
/** How many push subscriptions one user may keep (a phone, a laptop, a desk…). */
const MAX_SUBSCRIPTIONS_PER_USER = 20;

/**
 * Notifications (CONTRACT.md, Notifications): the outbox that other modules write into, in the
 * transaction of the change that causes them, and what each user chooses to hear and where.
 * `NotificationSender` sends what is written here.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly settings: Settings,
    private readonly users: UsersService,
    private readonly organisations: OrganisationsService,
    private readonly audit: AuditService,
    private readonly email: EmailChannel,
    private readonly push: PushChannel,
    private readonly sender: NotificationSender,
  ) {}

  /**
   * Writes the event and one delivery per recipient and channel, on the caller's transaction: the
   * change and its notifications commit together, or neither does (the outbox). An event whose key
   * is already written is left as it is, so a deadline found again, or by another instance, is not
   * announced twice; true when this call wrote it. Call `wake` once the transaction has committed.
   */
  async enqueue(tx: RequestContext, event: NotificationEvent): Promise<boolean> {
    if (!tx.inTransaction) throw new Error('enqueue runs inside the transaction of the change it tells of');
    const written: unknown[] = await tx.manager
      .createQueryBuilder()
      .insert()
      .into(NotificationEventEntity)
      .values({
        key: event.key,
        topic: event.topic,
        safehouseName: event.safehouseName ?? null,
        deadline: event.deadline ?? null,
        outcome: event.outcome ?? null,
      })
      .orIgnore()
      .returning(['key'])
      .execute()
      .then((result) => result.raw as unknown[]);
    if (written.length === 0) return false;
    const deliveries = await this.deliveriesFor(tx, event);
    if (deliveries.length > 0) {
      await tx.manager
        .createQueryBuilder()
        .insert()
        .into(NotificationDeliveryEntity)
        .values(deliveries)
        .orIgnore()
        .execute();
    }
    return true;
  }

  /**
   * For scheduled jobs that find deadlines: enqueues each event not yet written, each in a short
   * transaction of its own, then wakes the sender. The events found again on the next run (the
   * same keys) are skipped by one query. How many were new.
   */
  async enqueueFound(ctx: RequestContext, events: NotificationEvent[]): Promise<number> {
    if (events.length === 0) return 0;
    const known: { key: string }[] = await ctx.manager.query(
      `SELECT key FROM notification_event WHERE key = ANY($1::text[])`,
      [events.map((event) => event.key)],
    );
    const skip = new Set(known.map((row) => row.key));
    let written = 0;
    for (const event of events) {
      if (skip.has(event.key)) continue;
      if (await ctx.transaction((tx) => this.enqueue(tx, event))) written += 1;
    }
    if (written > 0) this.wake();
    return written;
  }

  /** After a commit that enqueued: the sender looks at once instead of at its next poll. */
  wake(): void {
    this.sender.wake();
  }

  private async deliveriesFor(
    tx: RequestContext,
    event: NotificationEvent,
  ): Promise<Partial<NotificationDeliveryEntity>[]> {
    const now = tx.clock.now();
    const linkOf = (audience: Audience) => audience.link;
    const people = await this.users.notifiable(tx, {
      userIds: event.audience.flatMap((a) => ('userId' in a ? [a.userId] : [])),
      members: event.audience.flatMap((a) =>
        'organisationId' in a ? [{ organisationId: a.organisationId, role: a.role }] : [],
      ),
    });
    if (people.length === 0 && !event.audience.some((a) => 'onCallOf' in a)) return [];
    const chosen = people.length
      ? await tx.manager.findBy(NotificationPreferenceEntity, {
          userId: In(people.map((p) => p.id)),
          topic: event.topic,
        })
      : [];
    const choice = new Map(chosen.map((row) => [row.userId, row.channels]));
    const rows: Partial<NotificationDeliveryEntity>[] = [];
    const base = { eventKey: event.key, status: DeliveryStatus.PENDING, attempts: 0, nextAttemptAt: now };
    const pushTo: { userId: string; link: string }[] = [];
    for (const person of people) {
      const audience =
        event.audience.find((a) => 'userId' in a && a.userId === person.id) ??
        event.audience.find((a) => 'role' in a && a.role === person.role)!;
      const channels = choice.get(person.id) ?? defaultChannels(person.role, event.topic);
      if (channels.includes(NotificationChannel.EMAIL) && this.email.enabled) {
        rows.push({
          ...base,
          channel: NotificationChannel.EMAIL,
          recipient: `user:${person.id}`,
          emailTo: person.email,
          link: linkOf(audience),
        });
      }
      if (channels.includes(NotificationChannel.WEB_PUSH)) pushTo.push({ userId: person.id, link: linkOf(audience) });
    }
    if (pushTo.length > 0) {
      const subscriptions = await tx.manager.findBy(PushSubscriptionEntity, {
        userId: In(pushTo.map((p) => p.userId)),
      });
      for (const subscription of subscriptions) {
        rows.push({
          ...base,
          channel: NotificationChannel.WEB_PUSH,
          recipient: `push:${subscription.id}`,
          pushSubscriptionId: subscription.id,
          link: pushTo.find((p) => p.userId === subscription.userId)!.link,
        });
      }
    }
    if (this.email.enabled) {
      for (const audience of event.audience) {
        if (!('onCallOf' in audience)) continue;
        const provider = await this.organisations.find(tx, audience.onCallOf);
        const mailbox = provider?.onCallEmail;
        // The mailbox of a coordinator who hears it anyway gets it once.
        if (!mailbox || rows.some((row) => row.channel === NotificationChannel.EMAIL && row.emailTo === mailbox))
          continue;
        rows.push({
          ...base,
          channel: NotificationChannel.EMAIL,
          recipient: `on-call:${audience.onCallOf}`,
          emailTo: mailbox,
          link: audience.link,
        });
      }
    }
    return rows;
  }

  // ------------------------------------------------------------------ the user's own choices

  /** Every topic with the channels the caller hears it by: their choice, else their role's default. */
  async preferences(ctx: RequestContext): Promise<NotificationPreference[]> {
    const { userId, role } = ctx.user;
    const rows = await ctx.manager.findBy(NotificationPreferenceEntity, { userId });
    const chosen = new Map(rows.map((row) => [row.topic, row.channels]));
    return ALL_TOPICS.map((topic) => ({ topic, channels: chosen.get(topic) ?? defaultChannels(role, topic) }));
  }

  async setPreference(
    ctx: RequestContext,
    topic: NotificationTopic,
    channels: NotificationChannel[],
  ): Promise<NotificationPreference> {
    const chosen = [...new Set(channels)].sort();
    return ctx.transaction(async (tx) => {
      await tx.manager.upsert(
        NotificationPreferenceEntity,
        { userId: tx.user.userId, topic, channels: chosen },
        { conflictPaths: ['userId', 'topic'] },
      );
      await this.audit.record(tx, {
        action: 'notification.preference.set',
        entityType: 'User',
        entityId: tx.user.userId,
      });
      return { topic, channels: chosen };
    });
  }

  /** The VAPID public key the page subscribes with. */
  async pushPublicKey(): Promise<string> {
    return (await this.push.vapidKeys()).publicKey;
  }

  /**
   * The page's push subscription, for the caller: its endpoint must be https on a public address
   * (or a host PUSH_ENDPOINTS_ALLOWED names), checked here and again at each send. An endpoint
   * registered before (the same browser, now another user signed in) moves to the caller.
   */
  async registerPushSubscription(ctx: RequestContext, input: PushSubscriptionInput): Promise<boolean> {
    if (!P256DH.test(input.p256dh))
      throw DomainError.badInput('input.p256dh', 'input.p256dh must be the browser key the page gives (base64url).');
    if (!AUTH.test(input.auth))
      throw DomainError.badInput('input.auth', 'input.auth must be the secret the page gives (base64url).');
    try {
      await checkEndpoint(input.endpoint, this.settings.PUSH_ENDPOINTS_ALLOWED);
    } catch (error) {
      const why = error instanceof EndpointRefused ? error.message : 'could not be checked';
      throw DomainError.badInput('input.endpoint', `input.endpoint ${why}: it must be a push service's https address.`);
    }
    return ctx.transaction(async (tx) => {
      const { userId } = tx.user;
      // One registration of a user at a time, so concurrent ones cannot pass the cap together.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('push_subscription:' || $1))`, [userId]);
      const [held]: { user_id: string; p256dh: string; auth: string }[] = await tx.manager.query(
        `SELECT user_id, p256dh, auth FROM push_subscription WHERE endpoint = $1 FOR UPDATE`,
        [input.endpoint],
      );
      // The same browser subscription (endpoint and keys) moves to whoever signs in on that browser;
      // an endpoint someone else registered with other keys is not the caller's to take over.
      if (held && held.user_id !== userId && (held.p256dh !== input.p256dh || held.auth !== input.auth)) {
        throw DomainError.badInput('input.endpoint', 'input.endpoint is already registered by another browser.');
      }
      const [{ n }]: { n: number }[] = await tx.manager.query(
        `SELECT count(*)::int AS n FROM push_subscription WHERE user_id = $1 AND endpoint <> $2`,
        [userId, input.endpoint],
      );
      if (n >= MAX_SUBSCRIPTIONS_PER_USER) {
        throw DomainError.badInput(
          'input.endpoint',
          `You already have ${n} devices subscribed, the most one person may have. Remove one first.`,
        );
      }
      await tx.manager.query(
        `INSERT INTO push_subscription (user_id, endpoint, p256dh, auth) VALUES ($1, $2, $3, $4)
         ON CONFLICT (endpoint) DO UPDATE SET user_id = EXCLUDED.user_id, p256dh = EXCLUDED.p256dh, auth = EXCLUDED.auth`,
        [userId, input.endpoint, input.p256dh, input.auth],
      );
      await this.audit.record(tx, { action: 'notification.push.subscribe', entityType: 'User', entityId: userId });
      return true;
    });
  }

  /**
   * A user whose access changed (deactivated, another role or organisation) hears nothing more of
   * what was written for who they were: their undelivered notices are dropped and their devices'
   * push subscriptions deleted, in the transaction of the change (UsersService's access listener).
   */
  async forgetRecipient(tx: RequestContext, userId: string): Promise<void> {
    await tx.manager.query(
      `UPDATE notification_delivery d
          SET status = 'DROPPED', last_error = 'the recipient''s access changed', locked_until = NULL, locked_by = NULL
        WHERE d.status = 'PENDING'
          AND (d.recipient = 'user:' || $1::text
               OR d.push_subscription_id IN (SELECT id FROM push_subscription WHERE user_id = $1::uuid))`,
      [userId],
    );
    await tx.manager.query(`DELETE FROM push_subscription WHERE user_id = $1`, [userId]);
  }

  /** The caller's subscription with this endpoint goes; false when they had none. */
  async removePushSubscription(ctx: RequestContext, endpoint: string): Promise<boolean> {
    return ctx.transaction(async (tx) => {
      const { userId } = tx.user;
      const [{ n }]: { n: number }[] = await tx.manager.query(
        `WITH gone AS (DELETE FROM push_subscription WHERE user_id = $1 AND endpoint = $2 RETURNING 1)
         SELECT count(*)::int AS n FROM gone`,
        [userId, endpoint],
      );
      if (n === 0) return false;
      await this.audit.record(tx, { action: 'notification.push.unsubscribe', entityType: 'User', entityId: userId });
      return true;
    });
  }

  // ------------------------------------------------------------------ ADMIN

  /** Deliveries given up (FAILED), newest first, with their last error: what ADMIN follows up. */
  async failures(ctx: RequestContext, first: number): Promise<NotificationFailure[]> {
    if (ctx.user.role !== Role.ADMIN) throw DomainError.forbidden();
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw DomainError.badInput('first', 'first must be 1 to 100.');
    const rows = await ctx.manager
      .createQueryBuilder(NotificationDeliveryEntity, 'd')
      .innerJoinAndSelect('d.event', 'e')
      .where('d.status = :status', { status: DeliveryStatus.FAILED })
      .orderBy('d.last_attempt_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(first)
      .getMany();
    return rows.map((row) => ({
      id: row.id,
      topic: row.event!.topic,
      channel: row.channel,
      recipient: row.emailTo ?? row.recipient,
      attempts: row.attempts,
      lastError: row.lastError ?? '',
      lastAttemptAt: row.lastAttemptAt ?? row.createdAt,
      createdAt: row.createdAt,
    }));
  }
}
