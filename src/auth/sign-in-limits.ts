import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Settings } from '../config/settings';
import { LOGIN_ATTEMPTS } from './auth.tokens';
import { AttemptKeys, LockScope, LoginAttemptStore } from './login-attempts';

/** Every account's failures from any address may reach this many times the pair's limit. */
export const ACCOUNT_CEILING_FACTOR = 10;

export type SignInReservation =
  { locked: true; scope: LockScope; message: string } | { locked: false; keys: AttemptKeys };

/**
 * The sign-in limits of CONTRACT.md (Sessions): LOGIN_MAX_FAILURES_PER_ACCOUNT per account and
 * client address, ten times that per account from anywhere, LOGIN_MAX_FAILURES_PER_ADDRESS per
 * address; each lock lasts LOGIN_LOCKOUT_MINUTES from the failure that reached it. Reserve before
 * checking a password, then settle with `succeed` or `release` (a wrong password keeps it).
 */
@Injectable()
export class SignInLimits {
  constructor(
    private readonly settings: Settings,
    @Inject(LOGIN_ATTEMPTS) private readonly store: LoginAttemptStore,
  ) {}

  /** `email` as stored (trimmed, lower-case); `now` by the service's clock. */
  async reserve(email: string, clientAddress: string, now: Date): Promise<SignInReservation> {
    const account = createHash('sha256').update(email).digest('hex');
    const keys: AttemptKeys = {
      pair: `pair:${account}:${clientAddress}`,
      account: `account:${account}`,
      address: `address:${clientAddress}`,
    };
    const nowMs = now.getTime();
    const reservation = await this.store.reserve(
      keys,
      {
        pair: this.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT,
        account: this.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT * ACCOUNT_CEILING_FACTOR,
        address: this.settings.LOGIN_MAX_FAILURES_PER_ADDRESS,
        windowMs: this.settings.LOGIN_LOCKOUT_MINUTES * 60_000,
      },
      nowMs,
    );
    if (!reservation.locked) return { locked: false, keys };
    const minutes = Math.max(1, Math.ceil((reservation.untilMs - nowMs) / 60_000));
    return { locked: true, scope: reservation.scope, message: lockedMessage(reservation.scope, minutes) };
  }

  /** The password was right: the pair's failures are forgotten. */
  succeed(keys: AttemptKeys, now: Date): Promise<void> {
    return this.store.succeed(keys, now.getTime());
  }

  /** The password was never checked (something failed first): the attempt counts for nothing. */
  release(keys: AttemptKeys, now: Date): Promise<void> {
    return this.store.release(keys, now.getTime());
  }
}

/** Says it is a lock and for how long: never the words of a wrong password. */
function lockedMessage(scope: LockScope, minutes: number): string {
  const wait = `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
  switch (scope) {
    case 'pair':
      return `Too many failed sign-ins to this account from your network: sign-in is locked here for ${wait}. Try again then, or ask your administrator.`;
    case 'account':
      return `Too many failed sign-ins to this account: it is locked for ${wait}. Try again then, or ask your administrator.`;
    case 'address':
      return `Too many failed sign-ins from your network: sign-in is locked here for ${wait}. Try again then, or ask your administrator.`;
  }
}
