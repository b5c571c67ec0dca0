import type { NotificationChannel, NotificationTopic, Role } from '../gql/graphql';

/**
 * The topics each role hears of (CONTRACT.md, Notifications: who hears them), in the order the
 * settings list them. The service keeps the same list (src/notifications/notification-topic.ts); a
 * unit test fails when the two differ.
 */
export const TOPICS_OF_ROLE: Record<Role, readonly NotificationTopic[]> = {
  ADMIN: [],
  DUTY_OFFICER: ['REFERRAL_OVERDUE', 'REFERRAL_ANSWERED', 'PLACEMENT_MISSING'],
  PROVIDER_COORDINATOR: [
    'REFERRAL_RECEIVED',
    'REFERRAL_OVERDUE',
    'PLACEMENT_MISSING',
    'CAPACITY_STALE',
    'ACTION_DUE',
    'SUPPORT_ENDING',
  ],
  SUPPORT_WORKER: ['SUPPORT_ENDING'],
  COMMISSIONER: ['ACTION_DUE'],
};

/** Each topic in plain words: a short name, and when it is sent. */
export const TOPIC_WORDS: Record<NotificationTopic, { name: string; when: string }> = {
  REFERRAL_RECEIVED: {
    name: 'A referral comes in',
    when: 'A duty officer asks for one of your beds, or books one outright: someone may be on the way.',
  },
  REFERRAL_OVERDUE: {
    name: 'A referral is not answered in time',
    when: 'A referral has passed its time to answer and still waits for a yes or no.',
  },
  REFERRAL_ANSWERED: {
    name: 'Your referral is answered',
    when: 'The provider accepted or declined your referral, or it lapsed unanswered.',
  },
  PLACEMENT_MISSING: {
    name: 'Someone goes missing',
    when: 'A person placed in a house left and is recorded as missing.',
  },
  CAPACITY_STALE: {
    name: 'Free beds not confirmed',
    when: 'A house’s free beds have not been confirmed for a while. Once a day at most.',
  },
  ACTION_DUE: {
    name: 'An inspection action is due',
    when: 'An action from an inspection is due within 7 days, or is overdue.',
  },
  SUPPORT_ENDING: {
    name: 'Support is ending',
    when: 'A person’s support ends within 7 days.',
  },
};

export const CHANNELS: readonly { channel: NotificationChannel; label: string }[] = [
  { channel: 'EMAIL', label: 'Email' },
  { channel: 'WEB_PUSH', label: 'Push' },
];

export interface TopicChoice {
  topic: NotificationTopic;
  channels: NotificationChannel[];
}

/**
 * The topics a person of this role is asked about, with the channels they hear each by now. A
 * topic outside the role's list appears only if they hear it anyway (turned on some other way).
 */
export function topicsToShow(role: Role, preferences: readonly TopicChoice[]): TopicChoice[] {
  const ofRole = TOPICS_OF_ROLE[role] ?? [];
  const byTopic = new Map(preferences.map((choice) => [choice.topic, choice.channels]));
  const extra = preferences.filter((choice) => !ofRole.includes(choice.topic) && choice.channels.length > 0);
  return [...ofRole.map((topic) => ({ topic, channels: byTopic.get(topic) ?? [] })), ...extra];
}

/** The channels with one turned on or off, in the order of CHANNELS. */
export function withChannel(
  channels: readonly NotificationChannel[],
  channel: NotificationChannel,
  on: boolean,
): NotificationChannel[] {
  return CHANNELS.map((c) => c.channel).filter((c) => (c === channel ? on : channels.includes(c)));
}
