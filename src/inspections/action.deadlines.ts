import { Injectable, OnModuleInit } from '@nestjs/common';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { NotificationEvent } from '../notifications/notification-event';
import { DeadlineFinder, NotificationDeadlinesJob } from '../notifications/notification-deadlines.job';
import { NotificationTopic } from '../notifications/notification-topic';

/** How many days ahead an action's due date is told of. */
const DUE_WITHIN_DAYS = 7;

/**
 * ACTION_DUE (CONTRACT.md, Notifications): an open action of a published inspection due within 7
 * days, and again once it is overdue, to the provider's coordinators and the commissioner that
 * inspected. Keyed by the action and its due date: each is told once, and a new due date afresh.
 */
@Injectable()
export class ActionDeadlines implements DeadlineFinder, OnModuleInit {
  readonly name = 'actions';

  constructor(private readonly deadlines: NotificationDeadlinesJob) {}

  onModuleInit(): void {
    this.deadlines.register(this);
  }

  async find(ctx: RequestContext): Promise<NotificationEvent[]> {
    const today = ctx.clock.today();
    const rows: {
      id: string;
      dueOn: string;
      inspectionId: string;
      commissionerId: string;
      providerId: string;
      safehouseName: string;
    }[] = await ctx.manager.query(
      `SELECT a.id, to_char(a.due_on, 'YYYY-MM-DD') AS "dueOn", i.id AS "inspectionId", i.commissioner_id AS "commissionerId",
              s.provider_id AS "providerId", s.name AS "safehouseName"
         FROM inspection_action a
         JOIN inspection i ON i.id = a.inspection_id AND i.status = 'PUBLISHED'
         JOIN safehouse s ON s.id = i.safehouse_id
        WHERE a.status = 'OPEN' AND a.due_on <= $1::date + $2::int`,
      [today, DUE_WITHIN_DAYS],
    );
    const events: NotificationEvent[] = rows.map((action) => ({
      key: `action-${action.dueOn < today ? 'overdue' : 'due'}:${action.id}:${action.dueOn}`,
      topic: NotificationTopic.ACTION_DUE,
      safehouseName: action.safehouseName,
      // Midday UTC is the same London day all year round.
      deadline: new Date(`${action.dueOn}T12:00:00Z`),
      audience: [
        { organisationId: action.providerId, role: Role.PROVIDER_COORDINATOR, link: '#/today' },
        { organisationId: action.commissionerId, role: Role.COMMISSIONER, link: `#/inspection/${action.inspectionId}` },
      ],
    }));
    return events;
  }
}
