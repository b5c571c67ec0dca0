import { registerEnumType } from '@nestjs/graphql';
import { Role } from '../common/roles';

/** What a notification is about (CONTRACT.md, Notifications). */
export enum NotificationTopic {
  REFERRAL_RECEIVED = 'REFERRAL_RECEIVED',
  REFERRAL_OVERDUE = 'REFERRAL_OVERDUE',
  REFERRAL_ANSWERED = 'REFERRAL_ANSWERED',
  PLACEMENT_MISSING = 'PLACEMENT_MISSING',
  CAPACITY_STALE = 'CAPACITY_STALE',
  ACTION_DUE = 'ACTION_DUE',
  SUPPORT_ENDING = 'SUPPORT_ENDING',
}
registerEnumType(NotificationTopic, { name: 'NotificationTopic' });

export enum NotificationChannel {
  EMAIL = 'EMAIL',
  WEB_PUSH = 'WEB_PUSH',
}
registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

export const ALL_TOPICS = Object.values(NotificationTopic);
export const ALL_CHANNELS = Object.values(NotificationChannel);

/**
 * The topics each role hears of (CONTRACT.md, Notifications: who hears them): on by email and push
 * until the user says otherwise. A topic outside the role's is off unless the user turns it on,
 * and even then only reaches them when an event names them.
 */
export const TOPICS_OF_ROLE: Record<Role, readonly NotificationTopic[]> = {
  [Role.ADMIN]: [],
  [Role.DUTY_OFFICER]: [
    NotificationTopic.REFERRAL_OVERDUE,
    NotificationTopic.REFERRAL_ANSWERED,
    NotificationTopic.PLACEMENT_MISSING,
  ],
  [Role.PROVIDER_COORDINATOR]: [
    NotificationTopic.REFERRAL_RECEIVED,
    NotificationTopic.REFERRAL_OVERDUE,
    NotificationTopic.PLACEMENT_MISSING,
    NotificationTopic.CAPACITY_STALE,
    NotificationTopic.ACTION_DUE,
    NotificationTopic.SUPPORT_ENDING,
  ],
  [Role.SUPPORT_WORKER]: [NotificationTopic.SUPPORT_ENDING],
  [Role.COMMISSIONER]: [NotificationTopic.ACTION_DUE],
};

/** The channels a user hears a topic by when they have not chosen. */
export function defaultChannels(role: Role, topic: NotificationTopic): NotificationChannel[] {
  return TOPICS_OF_ROLE[role].includes(topic) ? [...ALL_CHANNELS] : [];
}
