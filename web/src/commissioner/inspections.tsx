import { useEffect, useMemo, useState } from 'preact/hooks';
import { gql } from '../api';
import { useAction, useQuery } from '../kit/hooks';
import { ErrorNotice, Loading } from '../kit/ui';
import { formatLongDate } from '../kit/dates';
import { useHeadingFocus } from '../kit/focus';
import { INSPECTIONS, type InspectionListItem } from './queries';
import { RATING_TONE, RATING_WORDS } from './words';

/**
 * Every inspection the caller may see, newest first, 20 at a time; optionally only those with overdue actions.
 * The filter is in the address (#/inspections/overdue), so Back from an inspection returns to the same list.
 */
export function InspectionsView(props: { onlyOverdue: boolean }) {
  const heading = useHeadingFocus<HTMLHeadingElement>('inspections');
  const onlyOverdue = props.onlyOverdue;
  const variables = useMemo(() => ({ filter: onlyOverdue ? { hasOverdueActions: true } : null }), [onlyOverdue]);
  const first = useQuery(INSPECTIONS, variables);
  const [more, setMore] = useState<{ items: InspectionListItem[]; endCursor: string | null; hasNextPage: boolean }>();
  const loadMore = useAction((after: string) => gql(INSPECTIONS, { ...variables, after }));

  useEffect(() => setMore(undefined), [first.data]);

  const connection = first.data?.inspections;
  const items = [...(connection?.edges.map((edge) => edge.node) ?? []), ...(more?.items ?? [])];
  const hasNextPage = more ? more.hasNextPage : connection?.pageInfo.hasNextPage;
  const endCursor = more ? more.endCursor : connection?.pageInfo.endCursor;

  async function showMore() {
    if (!endCursor) return;
    const answer = await loadMore.run(endCursor);
    if (!answer) return;
    const page = answer.inspections;
    setMore({
      items: [...(more?.items ?? []), ...page.edges.map((edge) => edge.node)],
      endCursor: page.pageInfo.endCursor,
      hasNextPage: page.pageInfo.hasNextPage,
    });
  }

  return (
    <div class="stack">
      <h1 ref={heading} tabIndex={-1}>
        Inspections
      </h1>
      <div class="check">
        <input
          type="checkbox"
          id="only-overdue"
          checked={onlyOverdue}
          // Replace, not push: ticking a box is not a page to go back to.
          onChange={(event) =>
            location.replace(event.currentTarget.checked ? '#/inspections/overdue' : '#/inspections')
          }
        />
        <label for="only-overdue">Only inspections with overdue actions</label>
      </div>
      <ErrorNotice error={first.error} />
      {first.loading && <Loading label="Loading inspections…" />}
      {connection && (
        <>
          <p class="meta" role="status">
            {connection.totalCount === 0
              ? 'No inspections.'
              : `Showing ${items.length} of ${connection.totalCount} ${connection.totalCount === 1 ? 'inspection' : 'inspections'}, newest first.`}
          </p>
          <ul class="cards">
            {items.map((item) => {
              const overdue = item.actions.filter((action) => action.overdue).length;
              const open = item.actions.filter((action) => action.status === 'OPEN').length;
              return (
                <li class="card" key={item.id}>
                  <h2 class="card-title">
                    <a href={`#/inspection/${encodeURIComponent(item.id)}`}>{item.safehouse.name}</a>
                  </h2>
                  <p class="meta">
                    {item.safehouse.provider.name} · {item.safehouse.area}
                  </p>
                  <p class="row">
                    <span class={`badge ${RATING_TONE[item.overallRating]}`}>{RATING_WORDS[item.overallRating]}</span>
                    <span>{formatLongDate(item.inspectedOn)}</span>
                    {item.status === 'DRAFT' && <span class="badge">Draft</span>}
                  </p>
                  <p class={overdue > 0 ? 'bad' : 'meta'}>
                    {open} open {open === 1 ? 'action' : 'actions'}
                    {overdue > 0 ? `, ${overdue} overdue` : ''}
                  </p>
                </li>
              );
            })}
          </ul>
          <ErrorNotice error={loadMore.error} />
          {hasNextPage && (
            <button type="button" disabled={loadMore.busy} onClick={showMore}>
              {loadMore.busy ? 'Loading…' : 'Show more inspections'}
            </button>
          )}
        </>
      )}
    </div>
  );
}
