import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { NotificationEvent } from '../notifications/notification-event';
import { DeadlineFinder, NotificationDeadlinesJob } from '../notifications/notification-deadlines.job';
import { placementNotices } from './placement-notices';

/** How far back a deadline is still worth telling of (after the cluster was down, say). */
const LOOK_BACK_MS = 7 * 24 * 60 * 60_000;

/**
 * The referrals' deadlines (CONTRACT.md, Notifications), found within a minute of their moment:
 * a referral past `acceptanceDueAt` unanswered is REFERRAL_OVERDUE (the provider again, and the
 * referring officer, to phone); one past `acceptanceExpiresAt` lapsed, and its referrer hears the
 * answer (REFERRAL_ANSWERED, lapsed). A lapse is true on read with no job (Availability and
 * placements); this only tells people of it. Each notice is keyed by its placement, so it is
 * written once however many runs and instances find it.
 */
@Injectable()
export class ReferralDeadlines implements DeadlineFinder, OnModuleInit {
  readonly name = 'referrals';

  constructor(private readonly deadlines: NotificationDeadlinesJob) {}

  onModuleInit(): void {
    this.deadlines.register(this);
  }

  async find(ctx: RequestContext): Promise<NotificationEvent[]> {
    const now = ctx.clock.now();
    const rows: {
      id: string;
      providerId: string;
      referrerId: string;
      referrerOrganisationId: string;
      acceptanceDueAt: Date;
      acceptanceExpiresAt: Date;
      safehouseName: string;
    }[] = await ctx.manager.query(
      `SELECT p.id, p.provider_id AS "providerId", p.referrer_id AS "referrerId",
              p.referrer_organisation_id AS "referrerOrganisationId", p.acceptance_due_at AS "acceptanceDueAt",
              p.acceptance_expires_at AS "acceptanceExpiresAt", s.name AS "safehouseName"
         FROM placement p JOIN safehouse s ON s.id = p.safehouse_id
        WHERE p.status = 'AWAITING_ACCEPTANCE' AND p.acceptance_due_at <= $1 AND p.acceptance_due_at > $2`,
      [now, new Date(now.getTime() - LOOK_BACK_MS)],
    );
    const events: NotificationEvent[] = rows.map((row) =>
      row.acceptanceExpiresAt <= now
        ? placementNotices.answered(row, row.safehouseName, 'lapsed')
        : placementNotices.overdue(row, row.safehouseName, row.acceptanceDueAt),
    );
    return events;
  }
}
