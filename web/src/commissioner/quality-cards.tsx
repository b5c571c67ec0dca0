/** The quality of the commissioned houses on a phone: a card per house, sorted by a choice. */
import { formatLongDate } from '../kit/dates';
import { describeSort, FIRST_DIRECTION, type QualityRow, type Sort, type SortKey } from './quality-sort';
import { RATING_TONE, RATING_WORDS } from './words';
import { InspectionDue, Referrals } from './quality-parts';

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
export function QualityCards(props: { rows: QualityRow[]; today: string; sort: Sort; onSort: (sort: Sort) => void }) {
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
