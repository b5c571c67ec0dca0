import { useMemo, useState } from 'preact/hooks';
import { useQuery } from '../kit/hooks';
import { ErrorNotice, Loading } from '../kit/ui';
import { daysBefore } from '../kit/dates';
import { UNMET_DEMAND, type UnmetDemandRow } from './queries';
import { needWords } from './words';

const PERIODS = [7, 30] as const;
type Period = (typeof PERIODS)[number];

/** Searches that found no bed and referrals declined, grouped by need, over the last 7 or 30 days. */
export function UnmetDemandPanel() {
  const [days, setDays] = useState<Period>(7);
  // Fixed per choice: a new Date each render would be a new query each render.
  const variables = useMemo(() => {
    const to = new Date();
    return { from: daysBefore(to, days).toISOString(), to: to.toISOString() };
  }, [days]);
  const answer = useQuery(UNMET_DEMAND, variables);

  return (
    <div class="stack">
      <fieldset class="period">
        <legend>Period</legend>
        <div class="row">
          {PERIODS.map((period) => (
            <div class="check" key={period}>
              <input
                type="radio"
                id={`period-${period}`}
                name="period"
                value={period}
                checked={days === period}
                onChange={() => setDays(period)}
              />
              <label for={`period-${period}`}>Last {period} days</label>
            </div>
          ))}
        </div>
      </fieldset>
      {answer.error && (
        <>
          <ErrorNotice error={answer.error} />
          <button type="button" onClick={answer.reload}>
            Try again
          </button>
        </>
      )}
      {answer.loading && <Loading label="Loading unmet demand…" />}
      {answer.data && <UnmetDemandTable rows={answer.data.unmetDemand} days={days} stale={answer.loading} />}
    </div>
  );
}

function UnmetDemandTable(props: { rows: UnmetDemandRow[]; days: number; stale: boolean }) {
  const { rows, days } = props;
  if (rows.length === 0) return <p class="meta">No searches in the last {days} days.</p>;
  const total = (pick: (row: UnmetDemandRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  return (
    <div class="table-wrap" role="region" aria-labelledby="demand-heading" tabIndex={0}>
      <table class="demand-table" aria-busy={props.stale ? 'true' : undefined}>
        <caption class="visually-hidden">
          Searches and declined referrals by need, last {days} days, most searches with no result first
        </caption>
        <thead>
          <tr>
            <th scope="col">Need</th>
            <th scope="col" class="num">
              Searches
            </th>
            <th scope="col" class="num">
              No result
            </th>
            <th scope="col" class="num">
              Declines
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const need = needWords(row);
            return (
              <tr key={need}>
                <th scope="row">{need}</th>
                <td class="num">{row.searches}</td>
                <td class={row.searchesWithNoResult > 0 ? 'num bad strong' : 'num'}>{row.searchesWithNoResult}</td>
                <td class="num">{row.declines}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All needs</th>
            <td class="num">{total((row) => row.searches)}</td>
            <td class="num">{total((row) => row.searchesWithNoResult)}</td>
            <td class="num">{total((row) => row.declines)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
