import { Role } from '../common/roles';
import { NotificationTopic } from './notification-topic';

/** Who hears of an event, and where in the page the message leads them. */
export type Audience =
  /** Every active user of the organisation with the role (a provider's coordinators, a commissioner's staff). */
  | { organisationId: string; role: Role; link: string }
  /** One user (the referring officer, a case's lead worker). */
  | { userId: string; link: string }
  /** The provider's shared on-call mailbox, when it has one (email only). */
  | { onCallOf: string; link: string };

/**
 * Something that needs people, as the module where it happened describes it to `enqueue`: what,
 * for whom, and the facts a message may carry. No personal data: the house's name and a deadline
 * are all a lock screen may show (CONTRACT.md, Notifications).
 */
export interface NotificationEvent {
  /** Unique per event and deadline (`referral-received:<placement id>`): the same key is enqueued once. */
  key: string;
  topic: NotificationTopic;
  safehouseName?: string | null;
  deadline?: Date | null;
  /** REFERRAL_ANSWERED: accepted, declined, lapsed; REFERRAL_RECEIVED: booked (an instant booking). */
  outcome?: 'accepted' | 'declined' | 'lapsed' | 'booked' | null;
  audience: Audience[];
}
