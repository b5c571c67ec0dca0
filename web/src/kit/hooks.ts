import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, type Document, gql } from '../api';

export interface QueryState<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload: () => void;
}

/** Runs a query when its variables change; keeps the last data while reloading. */
export function useQuery<T, V>(query: Document<T, V>, variables: V): QueryState<T> {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    gql(query, JSON.parse(key) as V)
      .then((data) => current && setState({ data, loading: false }))
      .catch((error: ApiError) => current && setState((previous) => ({ data: previous.data, error, loading: false })));
    return () => {
      current = false;
    };
  }, [query, key, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}

/** A mutation (or any one-off call) with its busy flag and last error. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setBusy(true);
      setError(undefined);
      try {
        return await action(...args);
      } catch (caught) {
        setError(caught instanceof ApiError ? caught : new ApiError('Something went wrong. Try again.'));
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error, clearError: () => setError(undefined) };
}

/** The current time, ticking every `everyMs` (for countdowns). */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    timer.current = window.setInterval(() => setNow(new Date()), everyMs);
    return () => window.clearInterval(timer.current);
  }, [everyMs]);
  return now;
}
