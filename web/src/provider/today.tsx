import { useState } from 'preact/hooks';
import { gql } from '../api';
import type { MoveOnDestination } from '../gql/graphql';
import { formatDayAndTime, formatTime, londonDay } from '../kit/dates';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { ShowMore, usePagedQuery, useReloadOn } from '../kit/paging';
import { Status } from '../kit/ui';
import { relativeDay } from '../kit/dates';
import { survivorName } from '../kit/people';
import { chosen } from '../kit/form';
import { ARRIVE, DEPART, LIGHT_PAGE, NO_SHOW, TODAY, type TodayPlacement } from './queries';

type Stay = TodayPlacement;

const DESTINATIONS: MoveOnDestination[] = [
  'SUPPORTED_HOUSING',
  'LOCAL_AUTHORITY_HOUSING',
  'SOCIAL_HOUSING',
  'PRIVATE_RENTED',
  'FAMILY_OR_FRIENDS',
  'OTHER_SAFEHOUSE',
  'RETURNED_TO_HOME_COUNTRY',
  'OTHER',
  'UNKNOWN',
  'MISSING',
];

/**
 * Arrivals expected today (confirmed stays starting today, or earlier and not yet arrived) and
 * departures due (residents whose booked nights or move-on date end today or earlier), each one tap to record.
 */
export function Today(props: { me: Me; version: number }) {
  useTitle('Today');
  const providerId = props.me.organisation!.id;
  const list = usePagedQuery(TODAY, { providerId }, (data) => data.placements, LIGHT_PAGE);
  useReloadOn(props.version, list.reload);
  const [message, setMessage] = useState<string | null>(null);
  const today = londonDay();
  const stays = list.nodes;
  const arrivals = stays
    ?.filter((p) => p.status === 'CONFIRMED' && londonDay(p.from) <= today)
    .sort((a, b) => a.from.localeCompare(b.from));
  const residents = stays?.filter((p) => p.status === 'ARRIVED');
  const due = residents?.filter((p) => departureDue(p) <= today);
  const others = residents?.filter((p) => !due?.includes(p));

  function done(text: string) {
    setMessage(text);
    list.reload();
  }

  return (
    <>
      <h1>Today</h1>
      <Status message={message} />
      <ErrorNotice error={list.error} />
      {!stays && list.loading && <Loading label="Loading today's arrivals and departures…" />}
      {stays && (
        <>
          <h2>Arrivals expected</h2>
          {arrivals!.length === 0 ? (
            <p>No one is expected today{list.hasMore ? ' among the stays shown' : ''}.</p>
          ) : (
            <ul class="cards">
              {arrivals!.map((placement) => (
                <Arrival key={placement.id} placement={placement} today={today} onDone={done} />
              ))}
            </ul>
          )}
          <h2 id="departures-due">Departures due</h2>
          {due!.length === 0 ? (
            <p>No departures are due today{list.hasMore ? ' among the stays shown' : ''}.</p>
          ) : (
            <ul class="cards" aria-labelledby="departures-due">
              {due!.map((placement) => (
                <Departure key={placement.id} placement={placement} today={today} onDone={done} />
              ))}
            </ul>
          )}
          {others!.length > 0 && (
            <>
              <h2 id="other-residents">Other residents</h2>
              <p class="meta">Someone left early or without notice? Record it here.</p>
              <ul class="cards" aria-labelledby="other-residents">
                {others!.map((placement) => (
                  <Departure key={placement.id} placement={placement} today={today} onDone={done} collapsed />
                ))}
              </ul>
            </>
          )}
          <ShowMore list={list} what="stays" />
        </>
      )}
    </>
  );
}

/**
 * When a resident is due to leave (a London day): the earlier of the end of the nights booked and
 * the move-on plan's target date (else its end of support).
 */
function departureDue(placement: Stay): string {
  const booked = londonDay(placement.plannedUntil);
  const plan = placement.moveOnPlan;
  const moveOn = plan && plan.status !== 'COMPLETED' ? (plan.targetMoveOnOn ?? plan.supportEndsOn) : null;
  return moveOn !== null && moveOn < booked ? moveOn : booked;
}

function Arrival(props: { placement: Stay; today: string; onDone: (message: string) => void }) {
  const { placement } = props;
  const name = survivorName(placement.survivor);
  const [confirmNoShow, setConfirmNoShow] = useState(false);
  const arrive = useAction(() => gql(ARRIVE, { id: placement.id }));
  const noShow = useAction(() => gql(NO_SHOW, { id: placement.id }));
  const busy = arrive.busy || noShow.busy;
  const day = londonDay(placement.from);
  const headingId = `arrival-${placement.id}`;

  return (
    <li class="card stack" aria-labelledby={headingId}>
      <h3 id={headingId} class="card-title">
        {name}
      </h3>
      <p>
        {placement.safehouse.name}, {placement.bed.label}
        <br />
        <span class="meta">
          {day === props.today ? `Expected today from ${formatTime(placement.from)}` : `Expected ${relativeDay(day)}`}
          {placement.arrivingAt ? ` · arriving about ${formatDayAndTime(placement.arrivingAt)}` : ''}
          {' · '}referred by {placement.referrerOrganisation.name}
        </span>
      </p>
      {day < props.today && <p class="notice notice-warn">Expected {relativeDay(day)} and not yet arrived.</p>}
      <ErrorNotice error={arrive.error ?? noShow.error} />
      {!confirmNoShow ? (
        <div class="actions">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={async () => {
              if (await arrive.run()) props.onDone(`${name} has arrived at ${placement.safehouse.name}.`);
            }}
          >
            {arrive.busy ? 'Recording…' : `Record arrival of ${name}`}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirmNoShow(true)}>
            Did not arrive…
          </button>
        </div>
      ) : (
        <div class="stack" role="group" aria-label={`No-show of ${name}`}>
          <p class="notice notice-warn">
            Record that {name} did not arrive? The bed is freed and the referrer is told.
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              disabled={busy}
              onClick={async () => {
                if (await noShow.run()) props.onDone(`${name} recorded as not arrived. The bed is free.`);
              }}
            >
              {noShow.busy ? 'Recording…' : 'Yes, did not arrive'}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirmNoShow(false)}>
              Back
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function Departure(props: { placement: Stay; today: string; onDone: (message: string) => void; collapsed?: boolean }) {
  const { placement } = props;
  const name = survivorName(placement.survivor);
  const [destination, setDestination] = useState<MoveOnDestination | ''>('');
  const [open, setOpen] = useState(!props.collapsed);
  const depart = useAction(() =>
    gql(DEPART, {
      id: placement.id,
      destination: chosen(destination, 'destination', 'Choose where they went.'),
    }),
  );
  const due = departureDue(placement);
  const headingId = `departure-${placement.id}`;

  async function submit(event: Event) {
    event.preventDefault();
    if (!destination) return;
    if (await depart.run()) {
      props.onDone(
        destination === 'MISSING'
          ? `${name} recorded as missing. The referrer and your team are alerted.`
          : `${name} has left ${placement.safehouse.name}. The bed is free.`,
      );
    }
  }

  return (
    <li class="card stack" aria-labelledby={headingId}>
      <div>
        <h3 id={headingId} class="card-title">
          {name}
        </h3>
        <p class="meta">
          {placement.safehouse.name}, {placement.bed.label}
          {placement.arrivedAt ? ` · arrived ${formatDayAndTime(placement.arrivedAt)}` : ''}
          {` · due to leave ${relativeDay(due, props.today)}`}
        </p>
      </div>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          Record departure…
        </button>
      ) : (
        <form class="stack" onSubmit={submit} aria-label={`Departure of ${name}`} noValidate>
          <div class="field">
            <label for={`${headingId}-destination`}>Where did {name} go?</label>
            <select
              id={`${headingId}-destination`}
              required
              value={destination}
              onChange={(event) => setDestination(event.currentTarget.value as MoveOnDestination)}
            >
              <option value="">Choose where</option>
              {DESTINATIONS.map((value) => (
                <option key={value} value={value}>
                  {value === 'MISSING' ? 'Missing: left without notice' : capitalise(words(value))}
                </option>
              ))}
            </select>
          </div>
          {destination === 'MISSING' && (
            <p class="notice notice-error">A safeguarding concern: the referrer and your team are alerted at once.</p>
          )}
          <ErrorNotice error={depart.error} />
          <button type="submit" class="primary" disabled={depart.busy || !destination}>
            {depart.busy ? 'Recording…' : `Record departure of ${name}`}
          </button>
        </form>
      )}
    </li>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
