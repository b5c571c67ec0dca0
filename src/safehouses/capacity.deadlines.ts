import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Settings } from '../config/settings';
import { NotificationEvent } from '../notifications/notification-event';
import { DeadlineFinder, NotificationDeadlinesJob } from '../notifications/notification-deadlines.job';
import { NotificationTopic } from '../notifications/notification-topic';

const DAY_MS = 24 * 60 * 60_000;

/**
 * CAPACITY_STALE (CONTRACT.md, Notifications): a house whose beds nobody confirmed for
 * CAPACITY_STALE_HOURS, to its provider's coordinators, once a day while it stays so: the key
 * names the confirmation it is stale since and the day of staleness, so a confirmation starts
 * afresh and each 24 hours of silence is told of once.
 */
@Injectable()
export class CapacityDeadlines implements DeadlineFinder, OnModuleInit {
  readonly name = 'capacity';

  constructor(
    private readonly deadlines: NotificationDeadlinesJob,
    private readonly settings: Settings,
  ) {}

  onModuleInit(): void {
    this.deadlines.register(this);
  }

  async find(ctx: RequestContext): Promise<NotificationEvent[]> {
    const now = ctx.clock.now();
    const staleMs = this.settings.CAPACITY_STALE_HOURS * 60 * 60_000;
    const rows: { id: string; providerId: string; name: string; confirmedAt: Date | null; createdAt: Date }[] =
      await ctx.manager.query(
        `SELECT s.id, s.provider_id AS "providerId", s.name, s.capacity_confirmed_at AS "confirmedAt", s.created_at AS "createdAt"
           FROM safehouse s
          WHERE COALESCE(s.capacity_confirmed_at, s.created_at) <= $1`,
        [new Date(now.getTime() - staleMs)],
      );
    const events = rows.map((house) => {
      const since = house.confirmedAt ?? house.createdAt;
      const day = Math.floor((now.getTime() - since.getTime() - staleMs) / DAY_MS);
      return {
        key: `capacity-stale:${house.id}:${since.toISOString()}:${day}`,
        topic: NotificationTopic.CAPACITY_STALE,
        safehouseName: house.name,
        deadline: since,
        audience: [{ organisationId: house.providerId, role: Role.PROVIDER_COORDINATOR, link: '#/board' }],
      };
    });
    return events;
  }
}
