import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { Audience, NotificationEvent } from '../notifications/notification-event';
import { DeadlineFinder, NotificationDeadlinesJob } from '../notifications/notification-deadlines.job';
import { NotificationTopic } from '../notifications/notification-topic';
import { pendingSql } from './support-cases.service';

/** How many days ahead an end of support is told of. */
const ENDING_WITHIN_DAYS = 7;

/**
 * SUPPORT_ENDING (CONTRACT.md, Notifications): an OPEN case whose support ends within 7 days, to
 * the provider's coordinators and the case's lead worker; none while an RNA or a reconsideration
 * is pending (the end is suspended). Keyed by the case and its end date: a new end (an RNA's
 * outcome, an extension) is told of afresh, the same one never twice.
 */
@Injectable()
export class SupportEndDeadlines implements DeadlineFinder, OnModuleInit {
  readonly name = 'support-ending';

  constructor(private readonly deadlines: NotificationDeadlinesJob) {}

  onModuleInit(): void {
    this.deadlines.register(this);
  }

  async find(ctx: RequestContext): Promise<NotificationEvent[]> {
    const today = ctx.clock.today();
    const rows: { id: string; providerId: string; endsOn: string; leadUserId: string | null }[] =
      await ctx.manager.query(
        `SELECT c.id, c.provider_id AS "providerId", to_char(c.support_ends_on, 'YYYY-MM-DD') AS "endsOn",
                (SELECT w.user_id FROM support_worker_assignment a JOIN support_worker w ON w.id = a.support_worker_id
                  WHERE a.support_case_id = c.id AND a.role = 'LEAD' AND a.ended_at IS NULL AND w.user_id IS NOT NULL
                  LIMIT 1) AS "leadUserId"
           FROM support_case c
          WHERE c.status = 'OPEN' AND c.support_ends_on IS NOT NULL
            AND c.support_ends_on >= $1::date AND c.support_ends_on <= $1::date + $2::int
            AND NOT ${pendingSql('c')}`,
        [today, ENDING_WITHIN_DAYS],
      );
    const events: NotificationEvent[] = rows.map((found) => {
      const audience: Audience[] = [
        { organisationId: found.providerId, role: Role.PROVIDER_COORDINATOR, link: `#/cases/${found.id}` },
      ];
      if (found.leadUserId) audience.push({ userId: found.leadUserId, link: '#/day' });
      return {
        key: `support-ending:${found.id}:${found.endsOn}`,
        topic: NotificationTopic.SUPPORT_ENDING,
        deadline: new Date(`${found.endsOn}T12:00:00Z`),
        audience,
      };
    });
    return events;
  }
}
