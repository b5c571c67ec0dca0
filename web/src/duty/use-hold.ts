import { useCallback, useRef, useState } from 'preact/hooks';
import { ApiError, UnansweredError, gql } from '../api';
import type { HoldBedInput } from '../gql/graphql';
import { navigate } from '../route';
import { stayOf } from './attempts';
import { HELD_BEDS, HOLD_BED, type BedInfo, type HeldBed } from './model';
import { errorOf } from './parts';
import { sendWithRetries } from './retry';
import { holdAttempts, type SearchRun } from './store';
import { useOnline } from './connection';

/** How long one send of a hold or a confirmation waits for its answer before it counts as lost. */
export const SEND_TIMEOUT_MS = 20_000;

/** Waits `ms` in the page. */
export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => window.setTimeout(resolve, ms));
}

/** Whether no answer came back, so sending the same request again (same key) may help. */
export function isUnanswered(error: unknown): boolean {
  return error instanceof UnansweredError;
}

/** Where a tap on Hold stands. */
export type HoldState =
  /** Sent; `retry` is 0 for the first send, then which automatic retry this is. */
  | { phase: 'sending'; bedId: string; retry: number }
  /** No answer came back, after the automatic retries: "Try again" sends the same hold. */
  | { phase: 'unanswered'; bedId: string; error: ApiError }
  /** Haven refused it (the bed gone, the cap reached…). */
  | { phase: 'refused'; bedId: string; safehouseId: string; error: ApiError }
  /** The bed is this officer's own hold already. */
  | { phase: 'yours'; bedId: string; placementId: string };

/** The officer's own live holds. */
async function fetchOwnHolds(meId: string): Promise<HeldBed[]> {
  const answer = await gql(HELD_BEDS, {});
  return answer.placements.edges.map((edge) => edge.node).filter((held) => held.referrer.id === meId);
}

interface Tap {
  run: SearchRun;
  bed: BedInfo;
  safehouseId: string;
}

/**
 * Holding a bed from the results, so that a lost answer loses nothing: each (bed, stay) attempt has one
 * idempotency key, kept until the attempt ends; a send whose answer did not arrive goes again with it
 * by itself, then by "Try again"; a bed Haven calls unavailable is looked for among the officer's own
 * holds. `onTaken` runs the search again when the bed went to someone else.
 */
export function useHold(meId: string, onTaken: () => Promise<void>) {
  const [state, setState] = useState<HoldState | undefined>();
  const [ownHolds, setOwnHolds] = useState<HeldBed[]>([]);
  const sending = useRef(false);
  const lastTap = useRef<Tap | undefined>(undefined);
  const lastKey = useRef<string | undefined>(undefined);

  /** Reloads the officer's own holds; undefined when that answer did not come either. */
  const loadOwnHolds = useCallback(async (): Promise<HeldBed[] | undefined> => {
    try {
      const holds = await fetchOwnHolds(meId);
      setOwnHolds(holds);
      return holds;
    } catch {
      return undefined;
    }
  }, [meId]);

  async function send(key: string, tap: Tap) {
    const input: HoldBedInput = { bedId: tap.bed.id, nights: tap.run.input.nights, idempotencyKey: key };
    if (tap.run.input.from) input.from = tap.run.input.from;
    if (tap.run.input.arrivingAt) input.arrivingAt = tap.run.input.arrivingAt;
    const answer = await sendWithRetries(() => gql(HOLD_BED, { input }, { timeoutMs: SEND_TIMEOUT_MS }), {
      isUnanswered,
      wait: pause,
      onRetry: (retry) => setState({ phase: 'sending', bedId: tap.bed.id, retry }),
    });
    return answer.holdBed;
  }

  async function hold(tap: Tap) {
    if (sending.current) return;
    sending.current = true;
    lastTap.current = tap;
    const bedId = tap.bed.id;
    const stay = stayOf(tap.run.input);
    let attempt = holdAttempts.forBed(bedId, stay);
    lastKey.current = attempt.key;
    setState({ phase: 'sending', bedId, retry: 0 });
    try {
      let held = await send(attempt.key, tap);
      if (held.status !== 'HELD') {
        // The key's first hold has ended since (expired, released): that attempt is over; start afresh.
        holdAttempts.end(attempt.key);
        attempt = holdAttempts.forBed(bedId, stay);
        lastKey.current = attempt.key;
        held = await send(attempt.key, tap);
      }
      holdAttempts.held(attempt.key, held.id);
      setState(undefined);
      navigate(`/hold/${held.id}`);
    } catch (caught) {
      const error = errorOf(caught);
      if (isUnanswered(caught)) {
        // It may have gone through: if it did, it is among the officer's holds (when that answer comes).
        const mine = (await loadOwnHolds())?.find((held) => held.bed.id === bedId);
        if (mine) {
          holdAttempts.held(attempt.key, mine.id);
          setState({ phase: 'yours', bedId, placementId: mine.id });
        } else {
          setState({ phase: 'unanswered', bedId, error });
        }
        return;
      }
      holdAttempts.end(attempt.key);
      if (error.reason !== 'BED_UNAVAILABLE') {
        setState({ phase: 'refused', bedId, safehouseId: tap.safehouseId, error });
        return;
      }
      const mine = (await loadOwnHolds())?.find((held) => held.bed.id === bedId);
      setState(
        mine
          ? { phase: 'yours', bedId, placementId: mine.id }
          : {
              phase: 'refused',
              bedId,
              safehouseId: tap.safehouseId,
              error: new ApiError(
                `${error.message} Someone else may have just taken it: the results below are up to date now.`,
              ),
            },
      );
      await onTaken();
    } finally {
      sending.current = false;
    }
  }

  /** The same hold again, with the same key: Haven holds the bed at most once. */
  function tryAgain() {
    if (lastTap.current) void hold(lastTap.current);
  }

  /** Leaves the bed: the attempt ends, and a hold that did go through shows among the officer's holds. */
  function giveUp() {
    if (lastKey.current) holdAttempts.end(lastKey.current);
    setState(undefined);
    void loadOwnHolds();
  }

  // The signal is back: an unanswered hold goes again by itself.
  useOnline(() => {
    if (state?.phase === 'unanswered') tryAgain();
  });

  return {
    state,
    ownHolds,
    loadOwnHolds,
    hold: (tap: Tap) => void hold(tap),
    tryAgain,
    giveUp,
    clear: () => setState(undefined),
  };
}
