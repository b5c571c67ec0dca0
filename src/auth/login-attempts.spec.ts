import { AttemptKeys, AttemptLimits, MemoryLoginAttempts } from './login-attempts';

const limits: AttemptLimits = { pair: 5, account: 50, address: 30, windowMs: 15 * 60_000 };
const keys = (address: string, account = 'officer'): AttemptKeys => ({
  pair: `pair:${account}:${address}`,
  account: `account:${account}`,
  address: `address:${address}`,
});

describe('memory sign-in attempts', () => {
  it('reserves no more than the limit of 50 attempts arriving at once, and refusals count for nothing', async () => {
    const store = new MemoryLoginAttempts();
    const outcomes = await Promise.all(Array.from({ length: 50 }, () => store.reserve(keys('a'), limits, 0)));
    expect(outcomes.filter((outcome) => !outcome.locked)).toHaveLength(5);
    // the 45 refusals reserved nothing: the address has room for 25 more failures
    for (let i = 0; i < 25; i++)
      expect(await store.reserve(keys('a', `other${i}`), limits, 1)).toEqual({ locked: false });
    expect(await store.reserve(keys('a', 'yet another'), limits, 1)).toMatchObject({ locked: true, scope: 'address' });
  });

  it('locks the pair until the window after the failure that reached the limit, and not the account elsewhere', async () => {
    const store = new MemoryLoginAttempts();
    for (let i = 0; i < 5; i++) await store.reserve(keys('a'), limits, i * 1000);
    expect(await store.reserve(keys('a'), limits, 10_000)).toEqual({
      locked: true,
      scope: 'pair',
      untilMs: 4000 + limits.windowMs,
    });
    expect(await store.reserve(keys('b'), limits, 10_000)).toEqual({ locked: false });
    expect(await store.reserve(keys('a'), limits, 4000 + limits.windowMs)).toEqual({ locked: false });
  });

  it('forgets failures a window after the first of them while under the limit', async () => {
    const store = new MemoryLoginAttempts();
    for (let i = 0; i < 4; i++) await store.reserve(keys('a'), limits, i * 60_000);
    // a window after the first failure the count starts again: four more do not lock
    for (let i = 0; i < 4; i++) await store.reserve(keys('a'), limits, limits.windowMs + i);
    expect(await store.reserve(keys('a'), limits, limits.windowMs + 10)).toEqual({ locked: false });
  });

  it('locks the account from every address at ten times the pair limit', async () => {
    const store = new MemoryLoginAttempts();
    for (let address = 0; address < 10; address++)
      for (let i = 0; i < 5; i++) await store.reserve(keys(`${address}`), limits, 0);
    expect(await store.reserve(keys('fresh'), limits, 1)).toMatchObject({ locked: true, scope: 'account' });
  });

  it('gives back a reservation whose password was never checked, and clears the pair on success', async () => {
    const store = new MemoryLoginAttempts();
    for (let i = 0; i < 4; i++) await store.reserve(keys('a'), limits, 0);
    await store.reserve(keys('a'), limits, 0);
    await store.release(keys('a'), 0);
    expect(await store.reserve(keys('a'), limits, 0)).toEqual({ locked: false }); // the 5th again
    await store.succeed(keys('a'), 0);
    for (let i = 0; i < 5; i++) expect(await store.reserve(keys('a'), limits, 0)).toEqual({ locked: false });
  });
});
