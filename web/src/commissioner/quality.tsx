import { useMemo, useState } from 'preact/hooks';
import { londonDay } from '../kit/dates';
import { useQuery } from '../kit/hooks';
import { navigate } from '../route';
import type { Me } from '../session';
import { ErrorNotice, Loading } from '../kit/ui';
import { formatLongDate } from '../kit/dates';
import { useHeadingFocus } from '../kit/focus';
import { COMMISSIONERS, QUALITY, type QualityAnswer } from './queries';
import { describeSort, FIRST_DIRECTION, sortRows, type QualityRow, type Sort, type SortKey } from './quality-sort';
import { UnmetDemandPanel } from './unmet-demand';
import { RATING_TONE, RATING_WORDS } from './words';

/**
 * The quality review: one row per commissioned house beside the demand search could not meet.
 * ADMIN belongs to no commissioner, so it picks one first (kept in the address: #/quality/<id>).
 */
export function QualityView(props: { me: Me; commissionerId?: string }) {
  const heading = useHeadingFocus<HTMLHeadingElement>('quality');
  const isAdmin = props.me.role === 'ADMIN';
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Quality
      </h1>
      {isAdmin && <CommissionerChoice chosen={props.commissionerId} />}
      <div class="quality-layout">
        <section class="quality-houses">
          <h2 id="houses-heading">Houses</h2>
          {isAdmin && !props.commissionerId ? (
            <p class="meta">Choose a commissioner to see the houses it commissions.</p>
          ) : (
            <QualityHouses commissionerId={isAdmin ? props.commissionerId : undefined} />
          )}
        </section>
        <section class="quality-demand">
          <h2 id="demand-heading">Unmet demand</h2>
          <UnmetDemandPanel />
        </section>
      </div>
    </>
  );
}

function CommissionerChoice(props: { chosen?: string }) {
  const answer = useQuery(COMMISSIONERS, {});
  if (!answer.data)
    return answer.error ? <ErrorNotice error={answer.error} /> : <Loading label="Loading commissioners…" />;
  return (
    <div class="field commissioner-choice">
      <label for="commissioner">Commissioner</label>
      <p class="hint" id="commissioner-hint">
        As an administrator you review the houses of one commissioner at a time.
      </p>
      <select
        id="commissioner"
        aria-describedby="commissioner-hint"
        value={props.chosen ?? ''}
        onChange={(event) => {
          const id = event.currentTarget.value;
          navigate(id ? `/quality/${encodeURIComponent(id)}` : '/quality');
        }}
      >
        <option value="">Choose a commissioner</option>
        {answer.data.commissioners.map((commissioner) => (
          <option key={commissioner.id} value={commissioner.id}>
            {commissioner.name}
            {commissioner.region ? ` (${commissioner.region})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

function toRows(answer: QualityAnswer): QualityRow[] {
  return answer.qualityOverview.map((quality) => {
    const house = quality.safehouse;
    const openDueDates = (house.latestInspection?.actions ?? [])
      .filter((action) => action.status === 'OPEN')
      .map((action) => action.dueOn)
      .sort();
    return {
      id: house.id,
      name: house.name,
      provider: house.provider.name,
      area: house.area,
      latestRating: quality.latestRating,
      latestInspectionId: house.latestInspection?.id ?? null,
      lastInspectedOn: quality.lastInspectedOn,
      nextInspectionDueOn: quality.nextInspectionDueOn,
      inspectionOverdue: quality.inspectionOverdue,
      openActions: quality.openActions,
      overdueActions: quality.overdueActions,
      nextActionDueOn: openDueDates[0] ?? null,
      referralsSuspended: quality.referralsSuspended,
      suspensionReason: house.suspensionReason,
    };
  });
}

function QualityHouses(props: { commissionerId?: string }) {
  const variables = useMemo(
    () => (props.commissionerId ? { commissionerId: props.commissionerId } : {}),
    [props.commissionerId],
  );
  const answer = useQuery(QUALITY, variables);
  const rows = useMemo(() => (answer.data ? toRows(answer.data) : []), [answer.data]);
  if (!answer.data) {
    return answer.error ? (
      <>
        <ErrorNotice error={answer.error} />
        <button type="button" onClick={answer.reload}>
          Try again
        </button>
      </>
    ) : (
      <Loading label="Loading houses…" />
    );
  }
  return (
    <>
      <ErrorNotice error={answer.error} />
      {rows.length === 0 ? (
        <p class="meta">No houses: the commissioner commissions no provider with a house today.</p>
      ) : (
        <QualityTable rows={rows} />
      )}
    </>
  );
}

function QualityTable(props: { rows: QualityRow[] }) {
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'ascending' });
  const [announcement, setAnnouncement] = useState('');
  const sorted = useMemo(() => sortRows(props.rows, sort), [props.rows, sort]);
  const today = useMemo(() => londonDay(), []);

  function sortBy(key: SortKey) {
    const next: Sort =
      sort.key === key
        ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: FIRST_DIRECTION[key] };
    setSort(next);
    setAnnouncement(describeSort(next));
  }

  const header = (key: SortKey, label: string, extra = '') => (
    <SortHeader sortKey={key} label={label} sort={sort} onSort={sortBy} class={extra} />
  );

  return (
    <>
      <QualityCards
        rows={sorted}
        today={today}
        sort={sort}
        onSort={(next) => {
          setSort(next);
          setAnnouncement(describeSort(next));
        }}
      />
      <div class="quality-wide">
        <p class="hint" id="quality-hint">
          One row per house. Sort with the buttons in the column headings, press again to reverse. A house never
          inspected has no rating: it sorts after the rated houses, and its inspection is due now.
        </p>
        <div class="table-wrap quality-scroll" role="region" aria-labelledby="houses-heading" tabIndex={0}>
          <table class="quality-table" aria-describedby="quality-hint">
            <caption class="visually-hidden">Quality of each house, {describeSort(sort).toLowerCase()}</caption>
            <thead>
              <tr>
                {header('name', 'House')}
                {header('rating', 'Rating')}
                {header('overdue', 'Overdue actions', 'num')}
                {header('nextAction', 'Next action due')}
                {header('inspectionDue', 'Inspection due')}
                <th scope="col">Referrals</th>
                <th scope="col">Provider</th>
                <th scope="col">Area</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <QualityTableRow key={row.id} row={row} today={today} />
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <p class="visually-hidden" aria-live="polite" role="status">
        {announcement}
      </p>
    </>
  );
}

/** Every order the phone's sort menu offers: each column's first press and its reverse. */
const CARD_SORTS: Sort[] = (Object.keys(FIRST_DIRECTION) as SortKey[]).flatMap((key) => [
  { key, direction: FIRST_DIRECTION[key] },
  { key, direction: FIRST_DIRECTION[key] === 'ascending' ? 'descending' : 'ascending' },
]);

const sortId = (sort: Sort) => `${sort.key}-${sort.direction}`;

/**
 * A phone shows a card per house: a table of eight columns does not fit 390 px, and a sideways scroll
 * hid the rating and due dates behind the name. Which one shows is the stylesheet's choice (a media
 * query), so a turned phone or a resized window changes without a render.
 */
function QualityCards(props: { rows: QualityRow[]; today: string; sort: Sort; onSort: (sort: Sort) => void }) {
  return (
    <div class="quality-narrow">
      <div class="field quality-sort">
        <label for="quality-sort">Sort houses</label>
        <select
          id="quality-sort"
          value={sortId(props.sort)}
          onChange={(event) => {
            const chosen = CARD_SORTS.find((sort) => sortId(sort) === event.currentTarget.value);
            if (chosen) props.onSort(chosen);
          }}
        >
          {CARD_SORTS.map((sort) => (
            <option key={sortId(sort)} value={sortId(sort)}>
              {describeSort(sort).replace(/\.$/, '')}
            </option>
          ))}
        </select>
      </div>
      <ul class="quality-cards" aria-labelledby="houses-heading">
        {props.rows.map((row) => (
          <QualityCard key={row.id} row={row} today={props.today} />
        ))}
      </ul>
    </div>
  );
}

function QualityCard(props: { row: QualityRow; today: string }) {
  const { row } = props;
  const overdue = row.overdueActions;
  return (
    <li class="card quality-card">
      <h3 class="quality-card-title">
        <span class="quality-card-name">{row.name}</span>{' '}
        <span class={overdue > 0 ? 'badge bad overdue-count' : 'badge overdue-count'}>
          {overdue} overdue {overdue === 1 ? 'action' : 'actions'}
        </span>
      </h3>
      <dl class="quality-card-facts">
        <div>
          <dt>Rating</dt>
          <dd>
            {row.latestRating && row.latestInspectionId ? (
              <>
                <a
                  href={`#/inspection/${encodeURIComponent(row.latestInspectionId)}`}
                  class={RATING_TONE[row.latestRating]}
                >
                  {RATING_WORDS[row.latestRating]}
                  <span class="visually-hidden">: latest inspection of {row.name}</span>
                </a>
                {row.lastInspectedOn && <span class="meta"> · {formatLongDate(row.lastInspectedOn)}</span>}
              </>
            ) : (
              <span class="badge warn">Never inspected</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Next inspection due</dt>
          <dd>
            <InspectionDue row={row} />
          </dd>
        </div>
        <div>
          <dt>Open actions</dt>
          <dd>
            {row.openActions}
            {row.nextActionDueOn && (
              <span class="meta">
                {' '}
                · next due {formatLongDate(row.nextActionDueOn)}
                {row.nextActionDueOn < props.today && <span class="bad"> (overdue)</span>}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Referrals</dt>
          <dd>
            <Referrals row={row} />
          </dd>
        </div>
      </dl>
      <p class="meta">
        {row.provider} · {row.area}
      </p>
    </li>
  );
}

function InspectionDue(props: { row: QualityRow }) {
  const { row } = props;
  if (row.latestRating === null) return <span class="bad">Now: never inspected</span>;
  if (!row.nextInspectionDueOn) return <span class="meta">Not set</span>;
  return (
    <>
      <span class="nowrap">{formatLongDate(row.nextInspectionDueOn)}</span>
      {row.inspectionOverdue && <span class="bad"> overdue</span>}
    </>
  );
}

function Referrals(props: { row: QualityRow }) {
  return props.row.referralsSuspended ? (
    <span class="badge bad" title={props.row.suspensionReason ?? undefined}>
      Suspended
    </span>
  ) : (
    <span class="badge good">Open</span>
  );
}

function SortHeader(props: {
  sortKey: SortKey;
  label: string;
  sort: Sort;
  onSort: (key: SortKey) => void;
  class?: string;
}) {
  const active = props.sort.key === props.sortKey;
  const arrow = !active ? '↕' : props.sort.direction === 'ascending' ? '▲' : '▼';
  return (
    <th scope="col" class={props.class} aria-sort={active ? props.sort.direction : undefined}>
      <button type="button" class="sort-button" onClick={() => props.onSort(props.sortKey)}>
        {props.label}
        <span aria-hidden="true" class={active ? 'sort-arrow active' : 'sort-arrow'}>
          {arrow}
        </span>
      </button>
    </th>
  );
}

function QualityTableRow(props: { row: QualityRow; today: string }) {
  const { row, today } = props;
  const actionOverdue = row.nextActionDueOn !== null && row.nextActionDueOn < today;
  return (
    <tr>
      <th scope="row" class="house-cell">
        {row.name}
      </th>
      <td>
        {row.latestRating && row.latestInspectionId ? (
          <>
            <a
              href={`#/inspection/${encodeURIComponent(row.latestInspectionId)}`}
              class={RATING_TONE[row.latestRating]}
            >
              {RATING_WORDS[row.latestRating]}
              <span class="visually-hidden">: latest inspection of {row.name}</span>
            </a>
            {row.lastInspectedOn && <span class="meta cell-line">{formatLongDate(row.lastInspectedOn)}</span>}
          </>
        ) : (
          <span class="badge warn">Never inspected</span>
        )}
      </td>
      <td class="num">
        <span class={row.overdueActions > 0 ? 'bad strong' : undefined}>{row.overdueActions}</span>
        <span class="meta cell-line">of {row.openActions} open</span>
      </td>
      <td>
        {row.nextActionDueOn ? (
          <>
            <span class="nowrap">{formatLongDate(row.nextActionDueOn)}</span>
            {actionOverdue && <span class="meta cell-line bad">overdue</span>}
          </>
        ) : (
          <span class="meta">None open</span>
        )}
      </td>
      <td>
        {row.latestRating === null ? (
          <span class="bad">Now: never inspected</span>
        ) : row.nextInspectionDueOn ? (
          <>
            <span class="nowrap">{formatLongDate(row.nextInspectionDueOn)}</span>
            {row.inspectionOverdue && <span class="meta cell-line bad">overdue</span>}
          </>
        ) : (
          <span class="meta">Not set</span>
        )}
      </td>
      <td>
        {row.referralsSuspended ? (
          <span class="badge bad" title={row.suspensionReason ?? undefined}>
            Suspended
          </span>
        ) : (
          <span class="badge good">Open</span>
        )}
      </td>
      <td>{row.provider}</td>
      <td>{row.area}</td>
    </tr>
  );
}
