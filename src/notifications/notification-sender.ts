import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { RequestContext } from '../common/request-context';
import { Settings } from '../config/settings';
import { type DeliveryOutcome, Metrics } from '../metrics/metrics.service';
import { EmailChannel } from './email-channel';
import { renderMessage } from './notification-message';
import { NotificationChannel, NotificationTopic } from './notification-topic';
import { PushChannel } from './push-channel';
import { EndpointRefused } from './push-endpoint';

/** Deliveries claimed per statement: sent side by side, then the next batch. */
const BATCH = 20;
/**
 * How long a claim holds a delivery: longer than the slowest send (SMTP's timeouts, push's 15 s),
 * so a claim passes only when its instance died, and then another instance sends it.
 */
const LEASE_MS = 2 * 60_000;
/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 60 * 60_000;
const LAST_ERROR_MAX = 500;

/** A delivery as claimed, with what its message needs. */
interface Claimed {
  id: string;
  event_key: string;
  channel: NotificationChannel;
  email_to: string | null;
  link: string;
  attempts: number;
  locked_until: Date;
  push_subscription_id: string | null;
  topic: NotificationTopic;
  safehouse_name: string | null;
  deadline: Date | null;
  outcome: string | null;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
}

/** How one attempt ended: `retry` waits for the next attempt, `failed` gave up, `dropped` had no one to send to. */
export type { DeliveryOutcome };

export interface SendCounts {
  sent: number;
  retry: number;
  failed: number;
  dropped: number;
}

/**
 * Sends the outbox (CONTRACT.md, Notifications and Operations), on every instance: each pass
 * claims due deliveries in one short statement that commits at once (`FOR UPDATE SKIP LOCKED`: of
 * two instances, one gets each row), sends them with no transaction open (so the embedded
 * database's single connection is never held during a send), then records each outcome in another
 * short statement, only while the claim is still its own. A failure waits
 * NOTIFICATION_RETRY_SECONDS, doubling each time, and after NOTIFICATION_MAX_ATTEMPTS is given up
 * as FAILED, kept with its last error for ADMIN (`notificationFailures`, and a
 * `notification.failed` audit event).
 *
 * At least once, and once in all but one case: an instance that dies after a message left but
 * before its SENT was recorded leaves the claim to pass, and another instance sends it again (the
 * SMTP server or push service took it; we cannot know). A close of the application finishes the
 * sends under way and records them first, so an orderly restart repeats nothing.
 *
 * Polls every NOTIFICATION_POLL_MS, and at once when woken after a commit that enqueued. Off with
 * NOTIFICATION_SENDER=off: the outbox then waits for another instance (or this one's restart).
 */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  readonly instance = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly system: RequestContext;
  private timer?: NodeJS.Timeout;
  private pass?: Promise<unknown>;
  private again = false;
  private stopped = true;
  /** The last pass could not reach the database: said once, until one can. */
  private failing = false;

  constructor(
    private readonly settings: Settings,
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly email: EmailChannel,
    private readonly push: PushChannel,
    private readonly metrics: Metrics,
  ) {
    this.system = RequestContext.system(dataSource, clock, 'notifications');
  }

  onApplicationBootstrap(): void {
    if (this.settings.NOTIFICATION_SENDER === 'off') return;
    this.stopped = false;
    this.schedule(this.settings.NOTIFICATION_POLL_MS);
  }

  /** No new pass; the sends under way finish and are recorded before the database closes. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.pass?.catch(() => undefined);
  }

  /** A commit wrote deliveries: look now rather than at the next poll. */
  wake(): void {
    if (this.stopped) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.run();
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), ms);
    this.timer.unref();
  }

  private run(): void {
    this.again = false;
    this.pass = this.sendDue()
      .then(() => {
        if (this.failing) this.logger.log('notification sender reaches the database again');
        this.failing = false;
      })
      .catch((error: unknown) => {
        // Once per outage, not once a poll.
        if (!this.failing)
          this.logger.warn({ error: errorKind(error) }, 'notification sender could not look for deliveries');
        this.failing = true;
      })
      .finally(() => {
        this.pass = undefined;
        if (this.again) this.run();
        else this.schedule(this.settings.NOTIFICATION_POLL_MS);
      });
  }

  /** Sends every delivery due now, batch by batch; what the timer runs, and tests and scripts may call. */
  async sendDue(): Promise<SendCounts> {
    const counts: SendCounts = { sent: 0, retry: 0, failed: 0, dropped: 0 };
    for (;;) {
      const claimed = await this.claim();
      const outcomes = await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
      for (const outcome of outcomes) if (outcome !== 'lease-lost') counts[outcome] += 1;
      if (claimed.length < BATCH || this.stopped) return counts;
    }
  }

  /** One statement, its own transaction: the rows are ours until `locked_until`, committed before any send. */
  private async claim(): Promise<Claimed[]> {
    const now = this.clock.now();
    return this.system.manager.query(
      `WITH claimed AS (
         UPDATE notification_delivery d
            SET locked_until = $1::timestamptz + $3 * interval '1 millisecond', locked_by = $2,
                attempts = d.attempts + 1, last_attempt_at = $1
          WHERE d.id IN (SELECT id FROM notification_delivery
                          WHERE status = 'PENDING' AND next_attempt_at <= $1
                            AND (locked_until IS NULL OR locked_until < $1)
                          ORDER BY next_attempt_at, id
                          LIMIT $4
                          FOR UPDATE SKIP LOCKED)
         RETURNING d.*)
       SELECT c.id, c.event_key, c.channel, c.email_to, c.link, c.attempts, c.locked_until, c.push_subscription_id,
              e.topic, e.safehouse_name, e.deadline, e.outcome, s.endpoint, s.p256dh, s.auth
         FROM claimed c
         JOIN notification_event e ON e.key = c.event_key
         LEFT JOIN push_subscription s ON s.id = c.push_subscription_id`,
      [now, this.instance, LEASE_MS, BATCH],
    );
  }

  private async deliver(delivery: Claimed): Promise<DeliveryOutcome> {
    const message = renderMessage({
      topic: delivery.topic,
      safehouseName: delivery.safehouse_name,
      deadline: delivery.deadline,
      outcome: delivery.outcome,
      url: `${this.settings.publicUrl}/${delivery.link}`,
      eventKey: delivery.event_key,
    });
    try {
      if (delivery.channel === NotificationChannel.EMAIL) {
        await this.email.send(delivery.email_to!, message);
      } else {
        if (!delivery.endpoint) return this.record(delivery, 'dropped', 'the push subscription was removed');
        const answer = await this.push.send(
          { endpoint: delivery.endpoint, p256dh: delivery.p256dh!, auth: delivery.auth! },
          message,
        );
        if (answer === 'gone')
          return this.record(delivery, 'dropped', 'the push service says the subscription is gone', true);
      }
    } catch (error) {
      // An endpoint that is not public now (its name moved to a private address) will not become one.
      const final = error instanceof EndpointRefused || delivery.attempts >= this.settings.NOTIFICATION_MAX_ATTEMPTS;
      return this.record(delivery, final ? 'failed' : 'retry', describe(error));
    }
    // The message has left. Dying here, before the next statement, is the one way it can be sent twice.
    return this.record(delivery, 'sent');
  }

  /** Records an attempt's outcome while the claim is still ours; `lease-lost` when it no longer was. */
  private async record(
    delivery: Claimed,
    outcome: Exclude<DeliveryOutcome, 'lease-lost'>,
    error?: string,
    subscriptionGone = false,
  ): Promise<DeliveryOutcome> {
    const now = this.clock.now();
    const lastError = error?.slice(0, LAST_ERROR_MAX) ?? null;
    const status = { sent: 'SENT', retry: 'PENDING', failed: 'FAILED', dropped: 'DROPPED' }[outcome];
    const nextAttemptAt =
      outcome === 'retry'
        ? new Date(now.getTime() + backoffMs(this.settings.NOTIFICATION_RETRY_SECONDS, delivery.attempts))
        : now;
    const done = await this.system.transaction(async (tx) => {
      const [{ n }]: { n: number }[] = await tx.manager.query(
        `WITH done AS (UPDATE notification_delivery
            SET status = $2, next_attempt_at = $3, last_error = $4, sent_at = CASE WHEN $2 = 'SENT' THEN $5::timestamptz END,
                locked_until = NULL, locked_by = NULL
          WHERE id = $1 AND locked_by = $6 AND locked_until = $7
         RETURNING 1)
         SELECT count(*)::int AS n FROM done`,
        [delivery.id, status, nextAttemptAt, lastError, now, this.instance, delivery.locked_until],
      );
      if (n === 0) return false;
      if (outcome === 'failed') {
        await this.audit.record(tx, {
          action: 'notification.failed',
          entityType: 'NotificationDelivery',
          entityId: delivery.id,
        });
      }
      if (subscriptionGone && delivery.push_subscription_id) {
        // The push service will never take this subscription again: nobody is left behind it.
        await tx.manager.query(`DELETE FROM push_subscription WHERE id = $1`, [delivery.push_subscription_id]);
        await this.audit.record(tx, {
          action: 'notification.push.gone',
          entityType: 'PushSubscription',
          entityId: delivery.push_subscription_id,
        });
      }
      return true;
    });
    const result: DeliveryOutcome = done ? outcome : 'lease-lost';
    this.outcome(delivery, result, error);
    return result;
  }

  /**
   * The one place where a delivery's outcome is known (sent, retry, failed, dropped, lease-lost):
   * counted by channel and outcome for GET /metrics (CONTRACT.md, Operations).
   * Logs carry the delivery's id and channel, never the address or the message.
   */
  private outcome(delivery: Claimed, outcome: DeliveryOutcome, error?: string): void {
    this.metrics.notificationDelivery(delivery.channel === NotificationChannel.EMAIL ? 'email' : 'push', outcome);
    const line = {
      delivery: delivery.id,
      channel: delivery.channel,
      topic: delivery.topic,
      attempt: delivery.attempts,
      outcome,
    };
    if (outcome === 'sent') this.logger.debug(line, 'notification sent');
    else if (outcome === 'dropped') this.logger.log(line, 'notification dropped: no subscription to send to');
    else this.logger.warn({ ...line, error: error ? errorKindOf(error) : undefined }, 'notification not delivered');
  }
}

/** The wait before the next attempt, after `attempts` attempts: base × 2^(attempts − 1), at most an hour. */
export function backoffMs(baseSeconds: number, attempts: number): number {
  return Math.min(baseSeconds * 1000 * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

/** For last_error, which ADMIN reads: the transport's answer (an SMTP reply, a status), never the message. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, responseCode, response } = error as Error & { code?: string; responseCode?: number; response?: string };
  if (responseCode) return `SMTP ${responseCode}: ${(response ?? error.message).replace(/\s+/g, ' ')}`;
  return `${code ? `${code}: ` : ''}${error.message}`.replace(/\s+/g, ' ');
}

function errorKind(error: unknown): string {
  return error instanceof Error ? error.constructor.name || error.name : typeof error;
}

/** For the log: the first word of the recorded error (its code or status), not the server's prose. */
function errorKindOf(error: string): string {
  const smtp = /^SMTP (\d{3})/.exec(error);
  if (smtp) return `SMTP ${smtp[1]}`;
  const status = /answered (\d{3})/.exec(error);
  if (status) return `HTTP ${status[1]}`;
  const code = /^([A-Z][A-Z0-9_]+):/.exec(error);
  return code ? code[1] : 'other';
}
