import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { gql } from '../api';
import { formatDayAndTime, formatTime, londonDay } from '../kit/dates';
import { useAction, useQuery } from '../kit/hooks';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { Status } from '../kit/ui';
import { addDays, formatDate } from '../kit/dates';
import { useReloadOn } from '../kit/paging';
import {
  BOARD,
  CONFIRM_CAPACITY,
  RETURN_TO_SERVICE,
  SET_OUT_OF_SERVICE,
  type BedDayState,
  type BoardHouse,
} from './queries';

const STATES: Record<BedDayState, { code: string; label: string }> = {
  FREE: { code: '✓', label: 'Free' },
  HELD: { code: 'H', label: 'Held' },
  BOOKED: { code: 'B', label: 'Booked' },
  RESIDENT: { code: 'R', label: 'Resident' },
  OUT_OF_SERVICE: { code: '✕', label: 'Out of service' },
};

/** Each house's beds for the next 7 London days, and the one-tap "capacity is right". */
export function Board(props: { me: Me; version: number }) {
  useTitle('Beds');
  const providerId = props.me.organisation!.id;
  const board = useQuery(BOARD, { providerId });
  useReloadOn(props.version, board.reload);
  const houses = board.data?.provider?.safehouses;

  return (
    <>
      <h1>Beds</h1>
      <p class="lede">The next 7 days, London time. Tap a bed to take it out of service or return it.</p>
      <Legend />
      <ErrorNotice error={board.error} />
      {!houses && board.loading && <Loading label="Loading the beds…" />}
      {houses && houses.length === 0 && <p>Your organisation has no safehouses yet.</p>}
      {houses?.map((house) => (
        <House key={house.id} house={house} reload={board.reload} />
      ))}
    </>
  );
}

function Legend() {
  return (
    <ul class="board-legend" aria-label="Key">
      {(Object.keys(STATES) as BedDayState[]).map((state) => (
        <li key={state}>
          <span class={`cell-chip state-${state.toLowerCase()}`} aria-hidden="true">
            {STATES[state].code}
          </span>{' '}
          {STATES[state].label}
        </li>
      ))}
    </ul>
  );
}

function House(props: { house: BoardHouse; reload: () => void }) {
  const { house } = props;
  const [confirmed, setConfirmed] = useState<{ at: string | null; stale: boolean }>({
    at: house.capacityConfirmedAt,
    stale: house.capacityStale,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [bedOpen, setBedOpen] = useState<string | null>(null);
  const confirm = useAction(() =>
    gql(CONFIRM_CAPACITY, {
      id: house.id,
    }),
  );
  const days = house.bedBoard[0]?.days.map((d) => d.day) ?? [];
  const today = londonDay();
  const headingId = `house-${house.id}`;

  async function confirmCapacity() {
    const answer = await confirm.run();
    const at = answer?.confirmCapacity.capacityConfirmedAt;
    if (!answer || !at) return;
    setConfirmed({ at, stale: answer.confirmCapacity.capacityStale });
    setMessage(`Capacity of ${house.name} confirmed at ${formatTime(at)}.`);
  }

  return (
    <section class="card house" aria-labelledby={headingId}>
      <h2 id={headingId}>{house.name}</h2>
      <p class="meta">
        {house.area} · {house.bedBoard.length} bed{house.bedBoard.length === 1 ? '' : 's'}
        {house.referralsSuspended && <span class="badge bad"> Referrals suspended</span>}
      </p>
      <p class="meta" data-testid="capacity-confirmed">
        Capacity last confirmed: {confirmed.at ? formatDayAndTime(confirmed.at) : 'never'}
      </p>
      {confirmed.stale && (
        <p class="notice notice-warn">
          Not confirmed for over a day: duty officers are told to phone first. Check the beds below, then confirm.
        </p>
      )}
      <ErrorNotice error={confirm.error} />
      <Status message={message} />
      <button type="button" class="primary wide" onClick={confirmCapacity} disabled={confirm.busy}>
        {confirm.busy ? 'Confirming…' : 'Capacity is right'}
      </button>

      {house.bedBoard.length > 0 && (
        <div class="table-wrap board-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table class="board">
            <caption id={`${headingId}-caption`} class="visually-hidden">
              Beds of {house.name}, day by day
            </caption>
            <thead>
              <tr>
                <th scope="col">Bed</th>
                {days.map((day) => (
                  <th scope="col" key={day} class={day === today ? 'today' : undefined}>
                    <DayHeading day={day} today={today} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {house.bedBoard.map((row) => (
                <tr key={row.bed.id} data-bed={row.bed.label}>
                  <th scope="row">
                    <button
                      type="button"
                      class="bed-button"
                      aria-expanded={bedOpen === row.bed.id}
                      aria-controls={`bed-${row.bed.id}`}
                      onClick={() => setBedOpen(bedOpen === row.bed.id ? null : row.bed.id)}
                    >
                      {row.bed.label}
                    </button>
                  </th>
                  {row.days.map((cell) => (
                    <td key={cell.day} class={`cell state-${cell.state.toLowerCase()}`} data-day={cell.day}>
                      <span aria-hidden="true">{STATES[cell.state].code}</span>
                      <span class="visually-hidden">{STATES[cell.state].label}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {house.bedBoard
        .filter((row) => row.bed.id === bedOpen)
        .map((row) => (
          <BedPanel
            key={row.bed.id}
            row={row}
            onDone={(text) => {
              setMessage(text);
              setBedOpen(null);
              props.reload();
            }}
          />
        ))}
    </section>
  );
}

/** "Sun" over "22", the full date read out; today marked. */
function DayHeading(props: { day: string; today: string }) {
  const [weekday, date] = formatDate(props.day).split(' ');
  return (
    <>
      <span aria-hidden="true">
        {weekday}
        <br />
        {date}
      </span>
      <span class="visually-hidden">
        {props.day === props.today ? 'Today, ' : ''}
        {formatDate(props.day)}
      </span>
    </>
  );
}

/** Out of service from now to a day, or back in service: the bed's block on the board. */
function BedPanel(props: { row: BoardHouse['bedBoard'][number]; onDone: (message: string) => void }) {
  const { row } = props;
  const block = row.days.find((d) => d.state === 'OUT_OF_SERVICE' && d.blockId)?.blockId ?? null;
  const [until, setUntil] = useState(addDays(londonDay(), 1));
  const [reason, setReason] = useState('');
  const action = useAction(async () => {
    if (block) return gql(RETURN_TO_SERVICE, { blockId: block });
    return gql(SET_OUT_OF_SERVICE, {
      input: { bedId: row.bed.id, from: new Date().toISOString(), until: londonMidnight(until), reason: reason.trim() },
    });
  });
  const id = `bed-${row.bed.id}`;
  const form = useRef<HTMLFormElement>(null);
  // in the same commit as the panel: a keystroke that follows the click must land where the user aims it
  useLayoutEffect(() => {
    form.current?.querySelector<HTMLElement>('input, button')?.focus();
  }, []);

  async function submit(event: Event) {
    event.preventDefault();
    const done = await action.run();
    if (done) props.onDone(block ? `${row.bed.label} is back in service.` : `${row.bed.label} is out of service.`);
  }

  return (
    <form ref={form} id={id} class="stack bed-panel" onSubmit={submit} aria-label={`Bed ${row.bed.label}`} noValidate>
      <h3>
        {row.bed.label}
        <span class="meta">
          {' '}
          · sleeps {row.bed.sleeps}
          {row.bed.accessible ? ' · accessible' : ''}
        </span>
      </h3>
      {block ? (
        <p>This bed is out of service on the board.</p>
      ) : (
        <>
          <div class="field">
            <label for={`${id}-until`}>Out of service until the start of</label>
            <input
              id={`${id}-until`}
              type="date"
              min={addDays(londonDay(), 1)}
              value={until}
              onInput={(event) => setUntil(event.currentTarget.value)}
              required
            />
          </div>
          <div class="field">
            <label for={`${id}-reason`}>Reason</label>
            <input
              id={`${id}-reason`}
              value={reason}
              maxLength={500}
              onInput={(event) => setReason(event.currentTarget.value)}
              required
            />
          </div>
        </>
      )}
      <ErrorNotice error={action.error} />
      <button type="submit" class={block ? 'primary' : 'danger'} disabled={action.busy || (!block && !reason.trim())}>
        {block ? 'Return to service now' : 'Take out of service from now'}
      </button>
    </form>
  );
}

/** Midnight at the start of a London day, as an instant. */
function londonMidnight(day: string): string {
  // London is UTC or UTC+1: try both offsets and keep the one that is that day's midnight in London.
  for (const offset of [0, 1]) {
    const candidate = new Date(Date.parse(`${day}T00:00:00Z`) - offset * 3_600_000);
    if (londonDay(candidate) === day && londonDay(new Date(candidate.getTime() - 1)) !== day) {
      return candidate.toISOString();
    }
  }
  return `${day}T00:00:00Z`;
}
