import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type ApiError, type Document, gql } from '../api';

/** Calls `reload` when `version` moves on (a live change in the provider's houses), not on first render. */
export function useReloadOn(version: number, reload: () => void) {
  const first = useRef(version);
  useEffect(() => {
    if (version !== first.current) reload();
  }, [version, reload]);
}

/** A page of a connection, as the API gives it: `first` items `after` a cursor. */
export interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

export interface PagedQuery<N> {
  /** Every item loaded so far, first page first; undefined until the first page is in. */
  nodes?: N[];
  total: number;
  hasMore: boolean;
  error?: ApiError;
  /** The first page is loading (first load or a reload). */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  /** Starts again from the first page (after an action, or a live change). */
  reload: () => void;
  /** Fetches the next page and adds it to the end. */
  loadMore: () => void;
}

interface PagedState<N> {
  nodes?: N[];
  total: number;
  endCursor: string | null;
  hasMore: boolean;
  error?: ApiError;
  loading: boolean;
  loadingMore: boolean;
}

/**
 * A list read a page at a time: the query takes `$first` and `$after` as variables, `pick` finds the
 * connection in its answer. A reload starts again from the first page; a page that comes back after
 * a newer reload started is dropped, so an old answer never overwrites a new one.
 */
export function usePagedQuery<T, V extends { first?: number | null; after?: string | null }, N extends { id: string }>(
  query: Document<T, V>,
  variables: Omit<V, 'first' | 'after'>,
  pick: (data: T) => Connection<N>,
  pageSize: number,
): PagedQuery<N> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<PagedState<N>>({
    total: 0,
    endCursor: null,
    hasMore: false,
    loading: true,
    loadingMore: false,
  });
  const [round, setRound] = useState(0);
  const generation = useRef(0);
  const latest = useRef(state);
  latest.current = state;
  const pickRef = useRef(pick);
  pickRef.current = pick;

  useEffect(() => {
    const mine = ++generation.current;
    setState((previous) => ({ ...previous, loading: true, loadingMore: false }));
    gql(query, { ...JSON.parse(key), first: pageSize, after: null } as V)
      .then((data) => {
        if (mine !== generation.current) return;
        const page = pickRef.current(data);
        setState({
          nodes: page.edges.map((edge) => edge.node),
          total: page.totalCount,
          endCursor: page.pageInfo.endCursor,
          hasMore: page.pageInfo.hasNextPage,
          loading: false,
          loadingMore: false,
        });
      })
      .catch((error: ApiError) => {
        if (mine === generation.current) setState((previous) => ({ ...previous, error, loading: false }));
      });
    return () => {
      // a newer load (or leaving the view) makes this one's answer stale
      if (mine === generation.current) generation.current++;
    };
  }, [query, key, pageSize, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);

  const loadMore = useCallback(() => {
    const current = latest.current;
    if (!current.hasMore || current.loading || current.loadingMore) return;
    const mine = generation.current;
    setState((previous) => ({ ...previous, loadingMore: true, error: undefined }));
    gql(query, { ...JSON.parse(key), first: pageSize, after: current.endCursor } as V)
      .then((data) => {
        if (mine !== generation.current) return;
        const page = pickRef.current(data);
        setState((previous) => {
          // items can move between pages while the list changes: never show one twice
          const seen = new Set((previous.nodes ?? []).map((node) => node.id));
          const added = page.edges.map((edge) => edge.node).filter((node) => !seen.has(node.id));
          return {
            ...previous,
            nodes: [...(previous.nodes ?? []), ...added],
            total: page.totalCount,
            endCursor: page.pageInfo.endCursor,
            hasMore: page.pageInfo.hasNextPage,
            loadingMore: false,
          };
        });
      })
      .catch((error: ApiError) => {
        if (mine === generation.current) setState((previous) => ({ ...previous, error, loadingMore: false }));
      });
  }, [query, key, pageSize]);

  return {
    nodes: state.nodes,
    total: state.total,
    hasMore: state.hasMore,
    error: state.error,
    loading: state.loading,
    loadingMore: state.loadingMore,
    reload,
    loadMore,
  };
}

/**
 * "Show more" under a paged list: says how many are shown and how many remain, loads the next page.
 * A disabled button loses focus, so focus comes back to it once the page is in, or, when it was the
 * last page and the button is gone, to the line saying how many are now shown.
 */
export function ShowMore(props: { list: PagedQuery<unknown>; what: string }) {
  const { list, what } = props;
  const shown = list.nodes?.length ?? 0;
  const [used, setUsed] = useState(false);
  const pressed = useRef(false);
  const button = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (!pressed.current || list.loadingMore) return;
    pressed.current = false;
    (button.current ?? summary.current)?.focus();
  }, [list.loadingMore, list.hasMore]);
  if (!list.nodes || (!list.hasMore && !used)) return null;
  const remaining = Math.max(list.total - shown, 0);
  return (
    <div class="show-more stack">
      <p ref={summary} tabIndex={-1} class="meta" role="status">
        Showing {shown} of {list.total} {what}.
      </p>
      {list.hasMore && (
        <button
          ref={button}
          type="button"
          class="wide"
          disabled={list.loadingMore || list.loading}
          onClick={() => {
            pressed.current = true;
            setUsed(true);
            list.loadMore();
          }}
        >
          {list.loadingMore ? `Loading more ${what}…` : `Show more ${what} (${remaining} more)`}
        </button>
      )}
    </div>
  );
}
