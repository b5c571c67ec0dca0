import { Role } from '../common/roles';
import { Audience, NotificationEvent } from '../notifications/notification-event';
import { NotificationTopic } from '../notifications/notification-topic';

/** What a placement's notices need to know of it: ids and deadlines, never the person. */
export interface NoticePlacement {
  id: string;
  providerId: string;
  referrerId: string;
  referrerOrganisationId: string;
}

/** The provider's side of a referral: its coordinators, and its on-call mailbox, to the referrals view. */
function provider(p: NoticePlacement): Audience[] {
  return [
    { organisationId: p.providerId, role: Role.PROVIDER_COORDINATOR, link: '#/referrals' },
    { onCallOf: p.providerId, link: '#/referrals' },
  ];
}

/** The referring officer, to their placement's view; nobody when the provider placed the person itself. */
function referrer(p: NoticePlacement): Audience[] {
  return p.referrerOrganisationId === p.providerId ? [] : [{ userId: p.referrerId, link: `#/placement/${p.id}` }];
}

/**
 * The notices of a placement's life (CONTRACT.md, Notifications), keyed so that each is written
 * once: a referral is received once, answered once (accepted, declined or lapsed, whichever came
 * first), overdue once, and goes missing once.
 */
export const placementNotices = {
  /**
   * A referral awaits acceptance (answer by `acceptanceDueAt`), or an instant booking was made
   * (`booked`: someone is on the way, arriving at the deadline).
   */
  received(p: NoticePlacement, safehouseName: string, deadline: Date, booked = false): NotificationEvent {
    return {
      key: `referral-received:${p.id}`,
      topic: NotificationTopic.REFERRAL_RECEIVED,
      safehouseName,
      deadline,
      outcome: booked ? 'booked' : null,
      audience: provider(p),
    };
  },

  overdue(p: NoticePlacement, safehouseName: string, acceptanceDueAt: Date): NotificationEvent {
    return {
      key: `referral-overdue:${p.id}`,
      topic: NotificationTopic.REFERRAL_OVERDUE,
      safehouseName,
      deadline: acceptanceDueAt,
      audience: [...provider(p), ...referrer(p)],
    };
  },

  answered(p: NoticePlacement, safehouseName: string, outcome: 'accepted' | 'declined' | 'lapsed'): NotificationEvent {
    return {
      key: `referral-answered:${p.id}`,
      topic: NotificationTopic.REFERRAL_ANSWERED,
      safehouseName,
      outcome,
      audience: referrer(p),
    };
  },

  missing(p: NoticePlacement, safehouseName: string): NotificationEvent {
    return {
      key: `placement-missing:${p.id}`,
      topic: NotificationTopic.PLACEMENT_MISSING,
      safehouseName,
      audience: [{ organisationId: p.providerId, role: Role.PROVIDER_COORDINATOR, link: '#/board' }, ...referrer(p)],
    };
  },
};
