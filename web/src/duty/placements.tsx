import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql, subscribe } from '../api';
import { formatDayAndTime, formatTime } from '../kit/dates';
import { ErrorNotice, Loading } from '../kit/ui';
import { LIVE_STATUSES, PLACEMENTS, PLACEMENT_CHANGED, STATUS_LABELS, type PlacementRow } from './model';
import { errorOf } from './parts';
import { useHeadingFocus } from '../kit/focus';

const RELOAD_DEBOUNCE_MS = 500;

/** The organisation's placements (the API scopes them), live ones by default, kept up to date. */
export function PlacementsView() {
  const [all, setAll] = useState(false);
  const [rows, setRows] = useState<PlacementRow[] | undefined>();
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const [updatedAt, setUpdatedAt] = useState<Date | undefined>();
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const filter = all ? {} : { statuses: LIVE_STATUSES };
  const filterRef = useRef(filter);
  filterRef.current = filter;

  async function load(after: string | null, live = false) {
    setBusy(true);
    setError(undefined);
    try {
      const page = (await gql(PLACEMENTS, { filter: filterRef.current, after })).placements;
      const nodes = page.edges.map((edge) => edge.node);
      setRows((previous) => (after && previous ? [...previous, ...nodes] : nodes));
      setTotal(page.totalCount);
      setCursor(page.pageInfo.endCursor);
      setMore(page.pageInfo.hasNextPage);
      if (live) setUpdatedAt(new Date());
    } catch (caught) {
      setError(errorOf(caught));
    } finally {
      setBusy(false);
    }
  }

  useEffect(() => {
    void load(null);
  }, [all]);

  useEffect(() => {
    let timer: number | undefined;
    const stop = subscribe(PLACEMENT_CHANGED, {}, () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void load(null, true), RELOAD_DEBOUNCE_MS);
    });
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, []);

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Placements
      </h1>
      <p class="lede">Your organisation's placements, newest first.</p>
      <div class="check">
        <input id="show-all" type="checkbox" checked={all} onChange={(event) => setAll(event.currentTarget.checked)} />
        <label for="show-all">Show ended ones too</label>
      </div>
      <p class="meta" role="status">
        {rows === undefined
          ? ''
          : `${total} ${all ? '' : 'live '}placement${total === 1 ? '' : 's'}${updatedAt ? `, updated at ${formatTime(updatedAt)}` : ''}.`}
      </p>
      <ErrorNotice error={error} />
      {rows === undefined ? (
        busy && <Loading />
      ) : rows.length === 0 ? (
        <p class="notice">
          No {all ? '' : 'live '}placements. <a href="#/search">Find a bed</a>
        </p>
      ) : (
        <ul class="cards">
          {rows.map((row) => (
            <PlacementCard key={row.id} row={row} />
          ))}
        </ul>
      )}
      {more && (
        <button type="button" class="wide" disabled={busy} onClick={() => void load(cursor)}>
          {busy ? 'Loading…' : 'Show more'}
        </button>
      )}
    </>
  );
}

function PlacementCard(props: { row: PlacementRow }) {
  const { row } = props;
  const who = row.survivor?.reference ?? row.survivor?.preferredName;
  const href = row.status === 'HELD' ? `#/hold/${row.id}` : `#/placement/${row.id}`;
  const tone =
    row.status === 'CONFIRMED' || row.status === 'ARRIVED'
      ? 'good'
      : row.acceptanceOverdue || row.status === 'HELD'
        ? 'warn'
        : '';
  return (
    <li class="card">
      <h2 class="card-title">
        <a href={href}>
          {row.safehouse.area}, {row.bed.label}
        </a>
      </h2>
      <p>
        <span class={`badge ${tone}`}>{STATUS_LABELS[row.status]}</span>
        {row.status === 'HELD' && row.holdExpiresAt && ` until ${formatTime(row.holdExpiresAt)}`}
        {row.status === 'AWAITING_ACCEPTANCE' &&
          row.acceptanceDueAt &&
          (row.acceptanceOverdue
            ? ` · overdue since ${formatTime(row.acceptanceDueAt)}: phone the provider`
            : ` · answer due by ${formatTime(row.acceptanceDueAt)}`)}
      </p>
      <p class="meta">
        From {formatDayAndTime(row.from)}
        {row.until ? ` to ${formatDayAndTime(row.until)}` : ''}
        {who ? ` · ${who}` : ''} · by {row.referrer.displayName}
      </p>
    </li>
  );
}
