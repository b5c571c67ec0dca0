/** The quality of the commissioned houses: a sortable table on a wide screen, cards on a phone. */
import { useMemo, useState } from 'preact/hooks';
import { formatLongDate, londonDay } from '../kit/dates';
import { describeSort, FIRST_DIRECTION, sortRows, type QualityRow, type Sort, type SortKey } from './quality-sort';
import { RATING_TONE, RATING_WORDS } from './words';
import { QualityCards } from './quality-cards';

export function QualityTable(props: { rows: QualityRow[] }) {
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
