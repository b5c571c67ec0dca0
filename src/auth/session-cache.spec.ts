import { Role } from '../common/roles';
import { SessionCache, SessionRecord } from './session-cache';

const live = (userId: string): SessionRecord => ({
  userId,
  actor: { userId, role: Role.DUTY_OFFICER, organisationId: 'org', sessionId: `s-${userId}` },
  expiresAtMs: 10_000_000,
});

describe('session cache', () => {
  it('answers from memory until the recheck period has passed by the clock, then asks again', () => {
    const cache = new SessionCache(10, 2_000);
    cache.put('s1', live('u1'), 1_000, cache.begin());
    expect(cache.get('s1', 2_999)?.actor?.userId).toBe('u1');
    expect(cache.get('s1', 3_000)).toBeUndefined();
  });

  it('asks again when the clock was moved back', () => {
    const cache = new SessionCache(10, 2_000);
    cache.put('s1', live('u1'), 5_000, cache.begin());
    expect(cache.get('s1', 4_999)).toBeUndefined();
  });

  it('forgets a session, and every session of a user, at once', () => {
    const cache = new SessionCache(10, 2_000);
    cache.put('s1', live('u1'), 0, cache.begin());
    cache.put('s2', live('u1'), 0, cache.begin());
    cache.put('s3', live('u2'), 0, cache.begin());
    cache.forgetSession('s3');
    expect(cache.get('s3', 1)).toBeUndefined();
    cache.forgetUser('u1');
    expect([cache.get('s1', 1), cache.get('s2', 1)]).toEqual([undefined, undefined]);
  });

  it('does not keep a read that was under way while something was forgotten (it may predate the change)', () => {
    const cache = new SessionCache(10, 2_000);
    const startedAt = cache.begin();
    cache.forgetUser('u1'); // a logout committed while the read was in flight
    cache.put('s1', live('u1'), 0, startedAt);
    expect(cache.get('s1', 1)).toBeUndefined();
  });

  it('holds at most its capacity, dropping the oldest read first', () => {
    const cache = new SessionCache(3, 2_000);
    for (const id of ['a', 'b', 'c', 'd']) cache.put(id, live(id), 0, cache.begin());
    expect(cache.size).toBe(3);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('d', 1)).toBeDefined();
  });
});
