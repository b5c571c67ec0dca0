import { Role } from '../../src/common/roles';
import { ALL_TOPICS, TOPICS_OF_ROLE as SERVICE_TOPICS } from '../../src/notifications/notification-topic';
import {
  TOPIC_WORDS,
  TOPICS_OF_ROLE,
  topicsToShow,
  withChannel,
  type TopicChoice,
} from '../../web/src/settings/topics';

describe('the notification topics the settings list', () => {
  it('asks each role about the topics the service tells that role of', () => {
    for (const role of Object.values(Role)) {
      expect([...TOPICS_OF_ROLE[role]].sort()).toEqual([...SERVICE_TOPICS[role]].sort());
    }
  });

  it('has plain words for every topic the service knows', () => {
    expect(Object.keys(TOPIC_WORDS).sort()).toEqual([...ALL_TOPICS].sort());
    for (const words of Object.values(TOPIC_WORDS)) {
      expect(words.name).not.toMatch(/_/);
      expect(words.when).toMatch(/\.$/);
    }
  });

  it('lists a coordinator’s six topics in order, with the channels chosen, and none of the officer’s', () => {
    const preferences: TopicChoice[] = ALL_TOPICS.map((topic) => ({ topic, channels: [] }));
    preferences.find((p) => p.topic === 'REFERRAL_RECEIVED')!.channels = ['EMAIL', 'WEB_PUSH'];
    preferences.find((p) => p.topic === 'CAPACITY_STALE')!.channels = ['WEB_PUSH'];
    const shown = topicsToShow('PROVIDER_COORDINATOR', preferences);
    expect(shown.map((choice) => choice.topic)).toEqual([
      'REFERRAL_RECEIVED',
      'REFERRAL_OVERDUE',
      'PLACEMENT_MISSING',
      'CAPACITY_STALE',
      'ACTION_DUE',
      'SUPPORT_ENDING',
    ]);
    expect(shown[0].channels).toEqual(['EMAIL', 'WEB_PUSH']);
    expect(shown[3].channels).toEqual(['WEB_PUSH']);
  });

  it('shows a topic outside the role only while the person hears it', () => {
    const quiet = topicsToShow('SUPPORT_WORKER', [{ topic: 'ACTION_DUE', channels: [] }]);
    expect(quiet).toEqual([{ topic: 'SUPPORT_ENDING', channels: [] }]);
    const heard = topicsToShow('SUPPORT_WORKER', [
      { topic: 'SUPPORT_ENDING', channels: ['EMAIL'] },
      { topic: 'ACTION_DUE', channels: ['EMAIL'] },
    ]);
    expect(heard.map((choice) => choice.topic)).toEqual(['SUPPORT_ENDING', 'ACTION_DUE']);
  });

  it('gives ADMIN nothing to choose', () => {
    expect(
      topicsToShow(
        'ADMIN',
        ALL_TOPICS.map((topic) => ({ topic, channels: [] })),
      ),
    ).toEqual([]);
  });

  it('turns one channel on or off and keeps the others, in one order', () => {
    expect(withChannel(['EMAIL', 'WEB_PUSH'], 'EMAIL', false)).toEqual(['WEB_PUSH']);
    expect(withChannel(['WEB_PUSH'], 'EMAIL', true)).toEqual(['EMAIL', 'WEB_PUSH']);
    expect(withChannel([], 'WEB_PUSH', true)).toEqual(['WEB_PUSH']);
    expect(withChannel(['EMAIL'], 'EMAIL', true)).toEqual(['EMAIL']);
    expect(withChannel(['EMAIL'], 'WEB_PUSH', false)).toEqual(['EMAIL']);
  });
});
