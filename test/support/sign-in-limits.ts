import { randomInt } from 'node:crypto';
import { PasswordHasher } from '../../src/auth/password-hasher';
import { Role } from '../../src/common/roles';
import type { TestApp } from './test-app';
import { WORLD_PASSWORD } from './world';

export const WRONG_CREDENTIALS = 'That email address and password do not match an account.';

interface LoginAnswer {
  data?: { login: { user: { id: string } } } | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A private-range address unlikely to meet another run's counters in a shared Redis. */
export const someAddress = () => `10.${randomInt(0, 256)}.${randomInt(0, 256)}.${randomInt(1, 255)}`;

/**
 * Sign-ins over real HTTP to instances that trust one proxy hop, from the client address the
 * test chooses (the right-most X-Forwarded-For entry), counting the passwords each instance checks.
 */
export class LimitsProbe {
  private readonly spies: jest.SpyInstance[];

  constructor(
    private readonly apps: TestApp[],
    private readonly urls: string[],
  ) {
    this.spies = apps.map((app) => jest.spyOn(app.app.get(PasswordHasher), 'verify'));
  }

  /** Passwords checked so far, on every instance. */
  get checked(): number {
    return this.spies.reduce((sum, spy) => sum + spy.mock.calls.length, 0);
  }

  async login(email: string, password: string, forwardedFor: string, via = 0): Promise<LoginAnswer> {
    const response = await fetch(`${this.urls[via]}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({
        query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { id } } }',
        variables: { e: email, p: password },
      }),
    });
    return (await response.json()) as LoginAnswer;
  }

  /**
   * CONTRACT.md, Sessions: 50 wrong passwords at once for one account from one address (spread
   * over the instances) check no more than the limit; then the right one from that address is
   * refused as locked, unchecked, and accepted from another address.
   */
  async burstThenRightPassword(owner: TestApp): Promise<void> {
    // one instant on every instance, however long the password checks take
    for (const app of this.apps) app.clock.set('2030-06-01T12:00:00.000Z');
    try {
      await this.burst(owner);
    } finally {
      for (const app of this.apps) app.clock.reset();
    }
  }

  private async burst(owner: TestApp): Promise<void> {
    const officer = await owner.world.login(Role.DUTY_OFFICER);
    const limit = owner.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT;
    const from = someAddress();
    const before = this.checked;
    const burst = await Promise.all(
      Array.from({ length: 50 }, (_, i) => this.login(officer.email, `wrong ${i}`, from, i % this.urls.length)),
    );
    const checked = this.checked - before;
    expect(checked).toBe(limit);
    const messages = burst.map((answer) => answer.errors?.[0]?.message ?? 'signed in');
    expect(messages.filter((message) => message === WRONG_CREDENTIALS)).toHaveLength(limit);
    expect(messages.filter((message) => /^Too many failed sign-ins/.test(message))).toHaveLength(50 - limit);

    const right = await this.login(officer.email, WORLD_PASSWORD, from);
    expect(right.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Too many failed sign-ins to this account from your network: sign-in is locked here for 15 minutes/,
      ),
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(this.checked - before).toBe(limit); // refused without a check

    const elsewhere = await this.login(officer.email, WORLD_PASSWORD, `${from}, ${someAddress()}`);
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data!.login.user.id).toBe(officer.userId);
  }

  restore(): void {
    for (const spy of this.spies) spy.mockRestore();
  }
}
