import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql, subscribe } from '../api';
import { formatDayAndTime, formatTime } from '../kit/dates';
import { words } from '../kit/words';
import { useQuery } from '../kit/hooks';
import { navigate } from '../route';
import { ErrorNotice, Loading } from '../kit/ui';
import { CANCEL_NOTE_MAX, CANCEL_REASONS, buildCancel } from './cancel';
import { Check, LabelledField } from './fields';
import {
  CANCEL,
  PLACEMENT,
  PLACEMENT_CHANGED,
  STATUS_LABELS,
  kindLabel,
  type CancelReason,
  type PlacementStatus,
} from './model';
import { FieldError, PhoneLink, described, errorOf, fieldErrorsFrom, focusFirstError, type FieldErrors } from './parts';
import { useHeadingFocus } from '../kit/focus';

/** The API's fields, as the cancel form's controls. */
const CANCEL_CONTROLS = {
  reason: { id: 'cancel-note', label: 'Note' },
  why: { id: 'cancel-why', label: 'Why' },
};

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
  const { data, error, loading, reload } = useQuery(PLACEMENT, {
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
      subscribe(
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

      {placement.status === 'CANCELLED' && placement.statusReason && (
        <p class="notice">Why: {placement.statusReason}</p>
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

/**
 * Cancel before arrival: why, from a short list, and a note for the provider (needed for "Something
 * else"). A person turning the place down is counted by Haven as demand a bed did not meet.
 */
function CancelForm(props: { id: string; onCancelled: () => void }) {
  const [why, setWhy] = useState<CancelReason | ''>('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});

  /** A message about a control the officer has just changed is out of date: it goes, with the summary. */
  function forget(...ids: string[]) {
    if (!ids.some((id) => errors[id])) return;
    setErrors((previous) => Object.fromEntries(Object.entries(previous).filter(([id]) => !ids.includes(id))));
    setError(undefined);
  }

  async function cancel(event: Event) {
    event.preventDefault();
    setError(undefined);
    const built = buildCancel(why, note);
    setErrors(built.errors);
    if (!built.input) {
      setError(new ApiError(Object.values(built.errors)[0]));
      focusFirstError(built.errors);
      return;
    }
    setBusy(true);
    try {
      await gql(CANCEL, { id: props.id, ...built.input });
      props.onCancelled();
    } catch (caught) {
      const apiError = errorOf(caught);
      const onField = fieldErrorsFrom(apiError, CANCEL_CONTROLS);
      if (onField) {
        setErrors(onField.errors);
        focusFirstError(onField.errors);
      }
      setError(onField?.error ?? apiError);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="card cancel">
      <summary>Cancel this placement</summary>
      <form class="stack" onSubmit={cancel} noValidate aria-label="Cancel this placement">
        <fieldset class="stack" aria-describedby={described('cancel-why', errors)['aria-describedby']}>
          <legend>Why is it cancelled?</legend>
          {CANCEL_REASONS.map((option) => (
            <Check
              key={option.value}
              id={option.id}
              label={option.label}
              type="radio"
              name="cancel-why"
              checked={why === option.value}
              onChange={() => {
                setWhy(option.value);
                forget('cancel-why', 'cancel-note');
              }}
            />
          ))}
          <FieldError id="cancel-why" errors={errors} />
        </fieldset>
        <LabelledField
          id="cancel-note"
          label={
            why === 'OTHER'
              ? 'What happened (the provider sees this)'
              : 'Anything to add (optional, the provider sees this)'
          }
          errors={errors}
        >
          <input
            id="cancel-note"
            type="text"
            autoComplete="off"
            maxLength={CANCEL_NOTE_MAX}
            value={note}
            onInput={(event) => {
              setNote(event.currentTarget.value);
              forget('cancel-note');
            }}
            {...described('cancel-note', errors)}
          />
        </LabelledField>
        <ErrorNotice error={error} />
        <button type="submit" class="danger wide" disabled={busy}>
          {busy ? 'Cancelling…' : 'Cancel the placement'}
        </button>
      </form>
    </details>
  );
}
