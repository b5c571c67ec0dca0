import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, UnansweredError, gql, subscribe } from '../api';
import { useLiveState, useOnline } from './connection';
import { AVAILABILITY_CHANGED, SEARCH, type Availability, type HeldBed } from './model';
import { errorOf, fieldErrorsFrom, type FieldErrors } from './parts';
import { CONTROLS, blankForm, buildSearch } from './search-input';
import { describeChange } from './search-words';
import { searchState, storeNeeds, type SearchForm, type SearchRun } from './store';

/** A burst of live changes (or the signal coming back) runs the search again once. */
const REFRESH_DEBOUNCE_MS = 800;

async function runSearch(input: SearchRun['input']): Promise<Availability[]> {
  return (await gql(SEARCH, { input })).searchAvailability;
}

/** The run with a new answer; the beds it has shown, kept, so one the officer now holds is known. */
function answered(run: Omit<SearchRun, 'results' | 'at'>, results: Availability[], at: Date): SearchRun {
  const shown = new Set(run.shown);
  for (const result of results) for (const bed of result.availableBeds) shown.add(bed.id);
  return { ...run, results, at, shown: [...shown] };
}

/**
 * The search: the form as typed, the last search that ran and its answer, kept live (a change to a
 * house in the results, the live socket or the signal coming back runs it again). Each answer comes
 * with the officer's own holds (`loadOwnHolds`), so a bed that went to their own hold is known as theirs.
 */
export function useSearch(loadOwnHolds: () => Promise<HeldBed[] | undefined>) {
  const [form, setFormState] = useState<SearchForm>(() => searchState.form ?? blankForm());
  const [run, setRunState] = useState<SearchRun | undefined>(searchState.run);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | undefined>();
  const [searching, setSearching] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const runRef = useRef(run);
  runRef.current = run;
  const refreshTimer = useRef<number | undefined>(undefined);

  const setForm = (change: Partial<SearchForm>) =>
    setFormState((previous) => {
      const next = { ...previous, ...change };
      searchState.form = next;
      storeNeeds(next);
      return next;
    });
  const setRun = (next: SearchRun) => {
    searchState.run = next;
    setRunState(next);
  };

  /** Runs the last search again quietly; `announce` says what changed. */
  async function refresh(announce: boolean) {
    const current = runRef.current;
    if (!current) return;
    try {
      const [results, holds] = await Promise.all([runSearch(current.input), loadOwnHolds()]);
      if (runRef.current !== current) return;
      const at = new Date();
      setRun(answered(current, results, at));
      // An answer came: a connection error shown earlier is over.
      setError((previous) => (previous instanceof UnansweredError ? undefined : previous));
      if (announce) {
        const heldHouses = new Set((holds ?? []).map((held) => held.safehouse.id));
        setAnnouncement(describeChange(current.results, results, at, heldHouses));
      }
    } catch (caught) {
      setError(errorOf(caught));
    }
  }

  function refreshSoon() {
    window.clearTimeout(refreshTimer.current);
    refreshTimer.current = window.setTimeout(() => void refresh(true), REFRESH_DEBOUNCE_MS);
  }
  useEffect(() => () => window.clearTimeout(refreshTimer.current), []);

  // Coming back to a search run earlier: its beds may have gone meanwhile.
  useEffect(() => {
    if (searchState.run) void refresh(false);
  }, []);

  // The connection back after a gap: what changed meanwhile was not heard.
  const live = useLiveState(refreshSoon);
  const online = useOnline(() => {
    setAnnouncement('');
    refreshSoon();
  });

  // Live: a change to a house in the results runs the search again.
  const near = run?.input.near;
  const radiusKm = run?.input.radiusKm;
  useEffect(() => {
    if (!near || !radiusKm) return;
    return subscribe(
      AVAILABILITY_CHANGED,
      { near, radiusKm },
      (data) => {
        const current = runRef.current;
        if (current?.results.some((result) => result.safehouse.id === data.availabilityChanged.safehouseId)) {
          refreshSoon();
        }
      },
      (failure) => setAnnouncement(failure.message),
    );
  }, [near?.latitude, near?.longitude, radiusKm]);

  /** Checks and runs the form (with `override`). Undefined when it ran; else the errors by control (maybe none). */
  async function search(override: Partial<SearchForm> = {}): Promise<FieldErrors | undefined> {
    const built = buildSearch({ ...form, ...override }, new Date());
    setErrors(built.errors);
    setError(undefined);
    if (!built.run) return built.errors;
    setSearching(true);
    try {
      const [results] = await Promise.all([runSearch(built.run.input), loadOwnHolds()]);
      setRun(answered({ ...built.run, shown: [] }, results, new Date()));
      setAnnouncement('');
      return undefined;
    } catch (caught) {
      const apiError = errorOf(caught);
      const onField = fieldErrorsFrom(apiError, CONTROLS);
      if (onField) setErrors(onField.errors);
      setError(onField?.error ?? apiError);
      return onField?.errors ?? {};
    } finally {
      setSearching(false);
    }
  }

  return { form, setForm, run, errors, error, searching, announcement, live, online, search, refresh };
}
