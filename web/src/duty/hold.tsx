import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { countdown, formatDayAndTime, formatTime } from '../kit/dates';
import { useAction, useNow, useQuery } from '../kit/hooks';
import { navigate } from '../route';
import { ErrorNotice, Loading } from '../kit/ui';
import { ConfirmForm } from './confirm-form';
import { PLACEMENT, RELEASE_HOLD, kindLabel } from './model';
import { PhoneLink } from './parts';
import { useHeadingFocus } from '../kit/focus';
import { holdAttempts } from './store';

/** The minutes said aloud: every 5 minutes, then each of the last 5 (never every second). */
function spokenMinutes(msLeft: number): number {
  const minutes = Math.ceil(msLeft / 60_000);
  return minutes <= 5 ? minutes : Math.ceil(minutes / 5) * 5;
}

/** A live countdown to the hold's end; screen readers hear it at minute marks only. */
export function Countdown(props: { until: string; now: Date }) {
  const left = countdown(props.until, props.now);
  const msLeft = new Date(props.until).getTime() - props.now.getTime();
  const spoken = spokenMinutes(msLeft);
  return (
    <div class="countdown-box">
      <p class="countdown-label" aria-hidden="true">
        Time left to confirm
      </p>
      <p class="countdown" aria-hidden="true">
        {left ?? '0 min 00 s'}
      </p>
      <p class="meta">Held until {formatTime(props.until)}: confirm before then or the bed goes back.</p>
      <p class="visually-hidden" aria-live="polite">
        {msLeft > 0
          ? `About ${spoken} minute${spoken === 1 ? '' : 's'} left to confirm the hold.`
          : 'The hold has ended.'}
      </p>
    </div>
  );
}

/** The held bed: time left, the provider's 24/7 line, release, and the survivor's details to confirm. */
export function HoldView(props: { id: string }) {
  const { data, error, loading, reload } = useQuery(PLACEMENT, {
    id: props.id,
  });
  const now = useNow(1000);
  const [released, setReleased] = useState(false);
  const [expiredOnConfirm, setExpiredOnConfirm] = useState(false);
  const placement = data?.placement;
  const expired =
    expiredOnConfirm ||
    placement?.status === 'EXPIRED' ||
    (placement?.status === 'HELD' &&
      placement.holdExpiresAt !== null &&
      new Date(placement.holdExpiresAt).getTime() <= now.getTime());
  const heading = useHeadingFocus<HTMLHeadingElement>(`${Boolean(placement)}-${expired}-${released}`);

  // Confirmed (or further on) already: that is the placement's own view.
  useEffect(() => {
    if (placement && !['HELD', 'EXPIRED', 'RELEASED'].includes(placement.status)) {
      holdAttempts.endPlacement(placement.id);
      location.replace(`#/placement/${placement.id}`);
    }
  }, [placement?.status]);

  // The hold is over: its attempt ends, and a new tap on the bed starts afresh with a new key.
  const over = released || placement?.status === 'RELEASED' || expired;
  useEffect(() => {
    if (over) holdAttempts.endPlacement(props.id);
  }, [over]);

  if (!placement) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Held bed
        </h1>
        {loading ? <Loading /> : <ErrorNotice error={error ?? new ApiError('That hold was not found.')} />}
        <a class="button" href="#/search">
          Back to the search
        </a>
      </>
    );
  }

  const house = placement.safehouse;
  const where = (
    <div class="card stack">
      <p>
        <strong>{house.area}</strong> · {kindLabel(house.kind)} · {house.provider.name}
      </p>
      <p class="meta">
        {placement.bed.label}, sleeps {placement.bed.sleeps}
        {placement.bed.accessible ? ', accessible' : ''} · from {formatDayAndTime(placement.from)}
        {placement.until ? ` to ${formatDayAndTime(placement.until)}` : ''}
      </p>
      <PhoneLink phone={placement.outOfHoursPhone} provider={house.provider.name} />
    </div>
  );

  if (released || placement.status === 'RELEASED' || expired) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {released || placement.status === 'RELEASED' ? 'Hold released' : 'This hold has expired'}
        </h1>
        <p class={released || placement.status === 'RELEASED' ? 'notice' : 'notice notice-warn'}>
          {released || placement.status === 'RELEASED'
            ? 'The bed has gone back for others to use.'
            : 'The bed was not confirmed in time and may have gone to someone else. Search again to hold a bed.'}
        </p>
        {where}
        <button type="button" class="primary wide" onClick={() => navigate('/search')}>
          Search again
        </button>
      </>
    );
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Bed held
      </h1>
      {placement.holdExpiresAt && <Countdown until={placement.holdExpiresAt} now={now} />}
      {where}
      <p class="meta">
        {house.instantBooking
          ? 'This house books at once: the address is shown as soon as you confirm.'
          : 'The provider screens the referral and accepts it first; the address is shown once they do.'}
      </p>
      <ConfirmForm
        placementId={placement.id}
        onExpired={() => setExpiredOnConfirm(true)}
        onConfirmed={(id) => navigate(`/placement/${id}`)}
        onUnanswered={reload}
      />
      <ReleaseButton id={placement.id} onReleased={() => setReleased(true)} />
    </>
  );
}

function ReleaseButton(props: { id: string; onReleased: () => void }) {
  const release = useAction(() => gql(RELEASE_HOLD, { id: props.id }));
  return (
    <section class="stack release" aria-labelledby="release-heading">
      <h2 id="release-heading">Not needed after all?</h2>
      <ErrorNotice error={release.error} />
      <button
        type="button"
        class="danger wide"
        disabled={release.busy}
        onClick={async () => {
          if (await release.run()) props.onReleased();
        }}
      >
        {release.busy ? 'Releasing…' : 'Release this bed'}
      </button>
    </section>
  );
}
