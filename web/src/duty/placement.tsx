import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql, subscribe } from '../api';
import { formatDayAndTime, formatTime, words } from '../format';
import { useQuery } from '../hooks';
import { navigate } from '../route';
import { ErrorNotice, Field, Loading } from '../ui';
import {
  CANCEL,
  PLACEMENT,
  PLACEMENT_CHANGED,
  STATUS_LABELS,
  kindLabel,
  type PlacementDetail,
  type PlacementStatus,
} from './model';
import { PhoneLink, errorOf, useHeadingFocus } from './parts';

const HEADINGS: Partial<Record<PlacementStatus, string>> = {
  AWAITING_ACCEPTANCE: 'Waiting for the provider',
  CONFIRMED: 'Placement confirmed',
  ARRIVED: 'Arrived',
  DECLINED: 'The provider declined',
  EXPIRED: 'Placement lapsed',
  CANCELLED: 'Placement cancelled',
  RELEASED: 'Hold released',
  DEPARTED: 'Left the house',
  NO_SHOW: 'Did not arrive',
};

/** Where to open the address on the phone: its maps app takes over from this link. */
export function mapsLink(address: string, postcode: string | null): string {
  const query = [address, postcode].filter(Boolean).join(', ');
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/** A placement: its status, kept live; the address once the API reveals it; the provider's line. */
export function PlacementView(props: { id: string }) {
  const { data, error, loading, reload } = useQuery<{ placement: PlacementDetail | null }>(PLACEMENT, {
    id: props.id,
  });
  const placement = data?.placement;
  const [announcement, setAnnouncement] = useState('');
  const [liveError, setLiveError] = useState<ApiError | undefined>();
  const lastStatus = useRef<PlacementStatus | undefined>(undefined);
  const heading = useHeadingFocus<HTMLHeadingElement>(Boolean(placement));

  // A HELD placement belongs on the hold view.
  useEffect(() => {
    if (placement?.status === 'HELD') location.replace(`#/hold/${placement.id}`);
  }, [placement?.status]);

  // The provider accepting or declining, an arrival: the status changes here without a reload.
  useEffect(
    () =>
      subscribe<{ placementChanged: { placementId: string } }>(
        PLACEMENT_CHANGED,
        {},
        (change) => {
          if (change.placementChanged.placementId === props.id) reload();
        },
        setLiveError,
      ),
    [props.id],
  );

  useEffect(() => {
    if (!placement) return;
    if (lastStatus.current && lastStatus.current !== placement.status) {
      setAnnouncement(
        `Updated at ${formatTime(new Date())}: ${STATUS_LABELS[placement.status].toLowerCase()}.${
          placement.safehouse.address ? ' The address is shown below.' : ''
        }`,
      );
    }
    lastStatus.current = placement.status;
  }, [placement?.status]);

  if (!placement) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Placement
        </h1>
        {loading ? <Loading /> : <ErrorNotice error={error ?? new ApiError('That placement was not found.')} />}
        <a class="button" href="#/placements">
          All placements
        </a>
      </>
    );
  }

  const house = placement.safehouse;
  const live = ['AWAITING_ACCEPTANCE', 'CONFIRMED'].includes(placement.status);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {HEADINGS[placement.status] ?? STATUS_LABELS[placement.status]}
      </h1>
      <p class="meta" role="status">
        {announcement}
      </p>
      <ErrorNotice error={error ?? liveError} />
      {placement.status === 'AWAITING_ACCEPTANCE' &&
        (placement.acceptanceOverdue ? (
          <p class="notice notice-warn">
            {house.provider.name} has not answered in time
            {placement.acceptanceDueAt ? ` (due ${formatTime(placement.acceptanceDueAt)})` : ''}. Phone them now, or
            place the person elsewhere.
          </p>
        ) : (
          <p class="notice">
            {house.provider.name} screens the referral first and must answer
            {placement.acceptanceDueAt ? ` by ${formatTime(placement.acceptanceDueAt)}` : ' soon'}. The address shows
            here as soon as they accept; this page updates by itself.
          </p>
        ))}
      {placement.status === 'DECLINED' && (
        <p class="notice notice-warn">
          Reason: {placement.declineReason ? words(placement.declineReason) : 'not given'}. The bed is free again for
          others; search for another place.
        </p>
      )}

      {house.address && (
        <section class="card stack address-card" aria-labelledby="address-heading">
          <h2 id="address-heading">Address</h2>
          <address>
            {house.address}
            {house.postcode && (
              <>
                <br />
                {house.postcode}
              </>
            )}
          </address>
          <a class="button primary" href={mapsLink(house.address, house.postcode)} target="_blank" rel="noreferrer">
            Open in maps<span class="visually-hidden"> (opens the maps app or a new tab)</span>
          </a>
          <p class="meta">Keep it to yourself: the address is shared only with those who need it.</p>
        </section>
      )}

      <section class="card stack" aria-labelledby="details-heading">
        <h2 id="details-heading">The place</h2>
        <dl class="details">
          <dt>Status</dt>
          <dd>
            <span class={`badge ${placement.status === 'CONFIRMED' || placement.status === 'ARRIVED' ? 'good' : ''}`}>
              {STATUS_LABELS[placement.status]}
            </span>
          </dd>
          <dt>Area</dt>
          <dd>
            {house.area} · {kindLabel(house.kind)}
          </dd>
          <dt>Provider</dt>
          <dd>{house.provider.name}</dd>
          <dt>Bed</dt>
          <dd>
            {placement.bed.label}, sleeps {placement.bed.sleeps}
            {placement.bed.accessible ? ', accessible' : ''}
          </dd>
          <dt>Stay</dt>
          <dd>
            from {formatDayAndTime(placement.from)}
            {placement.until ? ` to ${formatDayAndTime(placement.until)}` : ''}
          </dd>
          {placement.arrivingAt && (
            <>
              <dt>Arriving</dt>
              <dd>{formatDayAndTime(placement.arrivingAt)}</dd>
            </>
          )}
        </dl>
        <PhoneLink phone={placement.outOfHoursPhone} provider={house.provider.name} />
      </section>

      {['DECLINED', 'EXPIRED', 'CANCELLED', 'RELEASED'].includes(placement.status) && (
        <button type="button" class="primary wide" onClick={() => navigate('/search')}>
          Search again
        </button>
      )}
      {live && <CancelForm id={placement.id} onCancelled={reload} />}
    </>
  );
}

function CancelForm(props: { id: string; onCancelled: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [invalid, setInvalid] = useState(false);

  async function cancel(event: Event) {
    event.preventDefault();
    setError(undefined);
    if (!reason.trim()) {
      setInvalid(true);
      setError(new ApiError('Say why the placement is cancelled.'));
      document.getElementById('cancel-reason')?.focus();
      return;
    }
    setInvalid(false);
    setBusy(true);
    try {
      await gql(CANCEL, { id: props.id, reason: reason.trim() });
      props.onCancelled();
    } catch (caught) {
      setError(errorOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="card cancel">
      <summary>Cancel this placement</summary>
      <form class="stack" onSubmit={cancel} noValidate>
        <Field id="cancel-reason" label="Why (the provider sees this)">
          <input
            id="cancel-reason"
            type="text"
            maxLength={500}
            value={reason}
            aria-invalid={invalid || undefined}
            onInput={(event) => setReason(event.currentTarget.value)}
          />
        </Field>
        <ErrorNotice error={error} />
        <button type="submit" class="danger wide" disabled={busy}>
          {busy ? 'Cancelling…' : 'Cancel the placement'}
        </button>
      </form>
    </details>
  );
}
