import { RETRY_DELAYS_MS, retryDelay, sendWithRetries } from '../../web/src/duty/retry';

class Unanswered extends Error {}
class Refused extends Error {}

/** A send that fails as told, then answers; and the waits asked of it (none really waited). */
function scripted(outcomes: (Error | string)[]) {
  const calls: number[] = [];
  const waits: number[] = [];
  let call = 0;
  const send = async () => {
    calls.push(call);
    const outcome = outcomes[Math.min(call++, outcomes.length - 1)];
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  const options = {
    isUnanswered: (error: unknown) => error instanceof Unanswered,
    wait: async (ms: number) => {
      waits.push(ms);
    },
    random: () => 0.5,
  };
  return { send, options, calls, waits };
}

describe('retrying a send whose answer did not arrive', () => {
  it('waits longer before each retry, spread by a quarter either way, then stops', () => {
    expect(RETRY_DELAYS_MS).toEqual([1000, 2000, 4000]);
    expect(RETRY_DELAYS_MS.map((_, retry) => retryDelay(retry, () => 0.5))).toEqual([1000, 2000, 4000]);
    expect(retryDelay(0, () => 0)).toBe(750);
    expect(retryDelay(2, () => 0.999_999)).toBe(5000);
    expect(retryDelay(3, () => 0.5)).toBeUndefined();
    for (let retry = 1; retry < RETRY_DELAYS_MS.length; retry++) {
      expect(retryDelay(retry, () => 0)!).toBeGreaterThan(retryDelay(retry - 1, () => 0.999_999)! - 1);
    }
  });

  it('answers at once when the first send is answered', async () => {
    const { send, options, calls, waits } = scripted(['held']);
    await expect(sendWithRetries(send, options)).resolves.toBe('held');
    expect(calls).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('sends again after an unanswered send, and answers with the retry', async () => {
    const { send, options, calls, waits } = scripted([new Unanswered(), new Unanswered(), 'held']);
    const retries: number[] = [];
    await expect(sendWithRetries(send, { ...options, onRetry: (retry) => retries.push(retry) })).resolves.toBe('held');
    expect(calls).toHaveLength(3);
    expect(waits).toEqual([1000, 2000]);
    expect(retries).toEqual([1, 2]);
  });

  it('gives up after the automatic retries with the last unanswered failure (then it is the officer’s call)', async () => {
    const last = new Unanswered('still nothing');
    const { send, options, calls, waits } = scripted([
      new Unanswered(),
      new Unanswered(),
      new Unanswered(),
      last,
      'never',
    ]);
    await expect(sendWithRetries(send, options)).rejects.toBe(last);
    expect(calls).toHaveLength(1 + RETRY_DELAYS_MS.length);
    expect(waits).toEqual([1000, 2000, 4000]);
  });

  it('never sends again after Haven refused: a refusal is an answer', async () => {
    const refusal = new Refused('BED_UNAVAILABLE');
    const { send, options, calls, waits } = scripted([new Unanswered(), refusal, 'never']);
    await expect(sendWithRetries(send, options)).rejects.toBe(refusal);
    expect(calls).toHaveLength(2);
    expect(waits).toEqual([1000]);
  });
});
