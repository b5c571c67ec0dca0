import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ApiError, LiveState } from '../api';
import { formatDayAndTime, formatTime } from '../kit/dates';
import { ErrorNotice } from '../kit/ui';
import { boysLimitWords } from './dependants';
import { byFit } from './fit';
import { languageName } from '../kit/languages';
import { RATING_LABELS, kindLabel, type Availability, type BedInfo, type HeldBed } from './model';
import { RETRY_DELAYS_MS } from './retry';
import type { SearchRun } from './store';
import type { HoldState } from './use-hold';

/** What the results section needs to act: hold a bed, and the ways on from a hold that went wrong. */
export interface HoldActions {
  state?: HoldState;
  onHold: (result: Availability, bed: BedInfo) => void;
  onTryAgain: () => void;
  onGiveUp: () => void;
}

/** How long a new search may take to go live before the page says it is not. */
const CONNECTING_MS = 5000;

/** The line under the results heading: how fresh they are, and whether they are kept live. */
function freshness(run: SearchRun, live: LiveState, online: boolean, announcement: string, connecting: boolean) {
  const at = formatTime(run.at);
  if (!online)
    return { word: 'Offline', tone: 'warn', text: announcement || `Results from ${at}; they may be out of date.` };
  if (live !== 'live' && connecting)
    return { word: 'Connecting', tone: '', text: announcement || `Checked at ${at}; going live…` };
  if (live !== 'live')
    return { word: 'Not live', tone: 'warn', text: announcement || `Reconnecting… Results from ${at}.` };
  return { word: 'Live', tone: 'good', text: announcement || `Kept up to date as beds are taken. Checked at ${at}.` };
}

/** True for the first moments of a search's live updates, while the socket may still be connecting. */
function useConnecting(key: unknown): boolean {
  const [connecting, setConnecting] = useState(true);
  useEffect(() => {
    setConnecting(true);
    const timer = window.setTimeout(() => setConnecting(false), CONNECTING_MS);
    return () => window.clearTimeout(timer);
  }, [key]);
  return connecting;
}

/**
 * The results: the beds the officer already holds first, then each house with its free beds, the
 * best-fitting first, kept live. A bed that went to the officer's own hold is theirs, never "no beds".
 */
export function Results(props: {
  run: SearchRun;
  announcement: string;
  live: LiveState;
  online: boolean;
  error?: ApiError;
  ownHolds: HeldBed[];
  hold: HoldActions;
  searching: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onRefresh: () => void;
  onWiden: (radiusKm: number) => void;
}) {
  const { run, ownHolds, hold } = props;
  const results = byFit(run.results, run.guest);
  const connecting = useConnecting(run.input);
  const line = freshness(run, props.live, props.online, props.announcement, connecting);
  // A bed this search showed that the officer now holds: the search found it; it is theirs.
  const heldFromHere = ownHolds.some((held) => run.shown.includes(held.bed.id));
  const tapped = hold.state?.bedId;
  const tappedShown = results.some((result) => result.availableBeds.some((bed) => bed.id === tapped));
  // A hold found to be theirs already is in the list of their holds; said once is enough.
  const found = hold.state?.phase === 'yours' ? hold.state.placementId : undefined;
  const listed = ownHolds.some((held) => held.id === found);
  const radiusKm = run.input.radiusKm;
  const wider = Math.min(1000, Math.max(radiusKm * 2, radiusKm + 25));

  return (
    <section class="results" aria-labelledby="results-heading">
      <h2 id="results-heading" ref={props.headingRef} tabIndex={-1}>
        {results.length > 0
          ? `${results.length} ${results.length === 1 ? 'place' : 'places'} with free beds`
          : heldFromHere
            ? 'No other free beds'
            : 'No beds found'}
      </h2>
      <p class="meta live-line" role="status">
        <span class={`badge ${line.tone}`}>{line.word}</span> {line.text}
      </p>
      {line.word === 'Not live' && (
        <button type="button" onClick={props.onRefresh}>
          Check again now
        </button>
      )}
      <ErrorNotice error={props.error} />
      <OwnHolds holds={ownHolds} />
      {!tappedShown && !listed && <HoldNotice hold={hold} />}
      {results.length === 0 ? (
        heldFromHere ? (
          <p class="notice">
            No other place within {radiusKm} km has a free bed that fits. Continue with the bed you hold to confirm it.
          </p>
        ) : (
          <div class="notice notice-warn stack">
            <p>
              No place within {radiusKm} km has a free bed that fits. Try a wider distance, fewer needs or another
              night.
            </p>
            {radiusKm < 1000 && (
              <button type="button" class="primary" disabled={props.searching} onClick={() => props.onWiden(wider)}>
                Search within {wider} km
              </button>
            )}
          </div>
        )
      ) : (
        <ul class="cards">
          {results.map((result) => (
            <ResultCard
              key={result.safehouse.id}
              result={result}
              later={Boolean(run.input.arrivingAt)}
              language={(run.input.preferLanguage ?? run.input.language) as string | undefined}
              languageOnly={Boolean(run.input.language)}
              hold={hold}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The officer's own live holds: a lost answer, or another search, never leaves one unseen. */
function OwnHolds(props: { holds: HeldBed[] }) {
  const { holds } = props;
  if (holds.length === 0) return null;
  return (
    <section class="card stack own-holds" aria-labelledby="own-holds-heading">
      <h2 id="own-holds-heading">{holds.length === 1 ? 'You already hold this bed' : 'You already hold these beds'}</h2>
      <ul class="beds">
        {holds.map((held) => (
          <li key={held.id} class="bed">
            <span>
              {held.bed.label} in {held.safehouse.area}
              {held.holdExpiresAt ? `, held until ${formatTime(held.holdExpiresAt)}` : ''}
            </span>
            <a class="button primary" href={`#/hold/${held.id}`}>
              Continue
              <span class="visually-hidden">
                {' '}
                with {held.bed.label} in {held.safehouse.area}
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A tap on Hold whose answer was lost, refused, or found to be the officer's own hold already. */
function HoldNotice(props: { hold: HoldActions; safehouseId?: string }) {
  const { state, onTryAgain, onGiveUp } = props.hold;
  if (!state) return null;
  if (state.phase === 'sending') {
    if (state.retry === 0) return null;
    return (
      <p class="notice" role="status">
        No answer yet: sending the same hold again ({state.retry} of {RETRY_DELAYS_MS.length})…
      </p>
    );
  }
  if (state.phase === 'unanswered') {
    return (
      <div class="notice notice-warn stack" role="alert">
        <p>
          No answer from Haven: the hold may or may not have gone through. Trying again sends the same hold, so it never
          holds a second bed.
        </p>
        <div class="row">
          <button type="button" class="primary" onClick={onTryAgain}>
            Try again
          </button>
          <button type="button" onClick={onGiveUp}>
            Leave this bed
          </button>
        </div>
      </div>
    );
  }
  if (state.phase === 'yours') {
    return (
      <div class="notice notice-good stack" role="alert">
        <p>You already hold this bed.</p>
        <a class="button primary" href={`#/hold/${state.placementId}`}>
          Continue
        </a>
      </div>
    );
  }
  if (props.safehouseId && props.safehouseId !== state.safehouseId) return null;
  return <ErrorNotice error={state.error} />;
}

/**
 * One house. With the person's language, whether its staff speak it (with preferLanguage, those
 * that do come first); a house that takes dependants says its limit on boys' age, the reason it may not fit a family.
 */
function ResultCard(props: {
  result: Availability;
  later: boolean;
  language?: string;
  languageOnly: boolean;
  hold: HoldActions;
}) {
  const { result, later, language, hold } = props;
  const house = result.safehouse;
  const beds = result.availableBeds;
  const sending = hold.state?.phase === 'sending' ? hold.state : undefined;
  const tappedHere =
    hold.state &&
    (beds.some((bed) => bed.id === hold.state!.bedId) ||
      (hold.state.phase === 'refused' && hold.state.safehouseId === house.id));
  const features = [
    house.stepFreeAccess ? 'Step-free access' : '',
    house.acceptsDependants ? 'Takes dependants' : '',
    house.acceptsDependants ? (boysLimitWords(house.acceptsBoysUpToAge) ?? '') : '',
    house.instantBooking ? 'Books at once' : 'Provider accepts first',
    house.languages.length > 0 ? `Languages: ${house.languages.map(languageName).join(', ')}` : '',
  ].filter(Boolean);
  return (
    <li class="card result">
      <h3>{house.area}</h3>
      <p class="meta">
        {result.distanceKm} km away · {kindLabel(house.kind)} · {house.provider.name}
      </p>
      <p>
        {result.acceptsArrival ? (
          <span class="badge good">{later ? 'Takes arrivals at that time' : 'Takes arrivals now'}</span>
        ) : (
          <span class="badge warn">
            {result.nextIntakeAt ? `Next intake ${formatDayAndTime(result.nextIntakeAt)}` : 'Not taking arrivals then'}
          </span>
        )}
      </p>
      {house.capacityStale && (
        <p class="notice notice-warn">
          Beds last confirmed {house.capacityConfirmedAt ? formatDayAndTime(house.capacityConfirmedAt) : 'never'}: phone
          the provider before you travel.
        </p>
      )}
      {language &&
        (result.speaksPreferredLanguage || props.languageOnly ? (
          <p class="result-language">Staff speak {languageName(language)}</p>
        ) : (
          <p class="meta">No staff who speak {languageName(language)}: arrange an interpreter.</p>
        ))}
      <p>
        Latest inspection:{' '}
        {house.latestRating ? (RATING_LABELS[house.latestRating] ?? house.latestRating) : 'not inspected yet'}
      </p>
      <p class="meta">{features.join(' · ')}</p>
      <p class="free-beds">
        {beds.length} free bed{beds.length === 1 ? '' : 's'}
      </p>
      <ul class="beds">
        {beds.map((bed) => (
          <li key={bed.id} class="bed">
            <span>
              {bed.label}, sleeps {bed.sleeps}
              {bed.accessible ? ', accessible' : ''}
            </span>
            <button
              type="button"
              class="primary"
              disabled={sending !== undefined}
              onClick={() => hold.onHold(result, bed)}
            >
              {sending?.bedId === bed.id ? 'Holding…' : 'Hold'}
              <span class="visually-hidden">
                {' '}
                {bed.label} in {house.area}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {tappedHere && <HoldNotice hold={hold} safehouseId={house.id} />}
    </li>
  );
}
