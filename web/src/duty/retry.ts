/**
 * Sending a hold or a confirmation again when its answer did not arrive: by itself a few times, each
 * wait longer than the last, then it is the officer's call ("Try again"). Safe only because every
 * send of one attempt carries the same idempotency key (attempts.ts).
 */

/** The waits before each automatic retry: three retries, about 7 seconds in all. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000];

/**
 * The wait before retry number `retry` (0 for the first), or undefined when the automatic retries are
 * spent. Each wait is spread by up to a quarter either way, so phones that lost the signal together
 * do not all come back at the same moment. `random` is in [0, 1).
 */
export function retryDelay(
  retry: number,
  random: () => number = Math.random,
  delays: readonly number[] = RETRY_DELAYS_MS,
): number | undefined {
  const base = delays[retry];
  if (base === undefined) return undefined;
  return Math.round(base * (0.75 + random() / 2));
}

export interface RetryOptions {
  /** Whether the failure means no answer came back (so a retry may help), not Haven's refusal. */
  isUnanswered: (error: unknown) => boolean;
  /** Waits `ms` (a timer in the page, nothing in a test). */
  wait: (ms: number) => Promise<void>;
  /** Told before each retry: which one (1 for the first) and after how long. */
  onRetry?: (retry: number, delayMs: number) => void;
  random?: () => number;
  delays?: readonly number[];
}

/**
 * Runs `send`, and again after each unanswered failure while retries are left. Resolves to the first
 * answer; rejects with Haven's refusal at once, or with the last unanswered failure when the retries
 * are spent.
 */
export async function sendWithRetries<T>(send: () => Promise<T>, options: RetryOptions): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await send();
    } catch (error) {
      const delayMs = options.isUnanswered(error) ? retryDelay(retry, options.random, options.delays) : undefined;
      if (delayMs === undefined) throw error;
      options.onRetry?.(retry + 1, delayMs);
      await options.wait(delayMs);
    }
  }
}
