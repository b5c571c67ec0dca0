import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql, subscribe } from '../api';
import { formatDayAndTime, formatTime } from '../format';
import { navigate } from '../route';
import { ErrorNotice } from '../ui';
import {
  AccessibleBedCheck,
  Check,
  ChosenList,
  DependantsField,
  GenderField,
  LANGUAGE_OPTIONS,
  LabelledField,
  NumberField,
  SelectField,
  dependantsError,
  wholeNumber,
  type Option,
} from './fields';
import { languageName } from './languages';
import { fromLondonInput, toLondonInput } from './london';
import {
  AVAILABILITY_CHANGED,
  GENDERS,
  HOLD_BED,
  RATING_LABELS,
  SEARCH,
  kindLabel,
  newKey,
  type Availability,
  type BedInfo,
  type Gender,
  type SafehouseKind,
} from './model';
import { described, errorOf, fieldErrorsFrom, focusFirstError, useHeadingFocus, type FieldErrors } from './parts';
import { searchState, type Place, type SearchForm, type SearchRun } from './store';
import { TOWNS, townNamed } from './towns';

const HERE = '__here__';
const PRE_NRM_MAX_NIGHTS = 14;
const LIVE_DEBOUNCE_MS = 800;

function blankForm(): SearchForm {
  return {
    place: null,
    radiusKm: '50',
    guestGender: '',
    dependants: '0',
    needsAccessibleBed: false,
    needsStepFreeAccess: false,
    language: '',
    kinds: 'ANY',
    arriving: 'now',
    arrivingAt: toLondonInput(new Date()),
    nights: '1',
    avoid: [],
  };
}

/** The API's fields, as the form's controls. */
const CONTROLS = {
  'input.near': { id: 'town', label: 'Where' },
  'input.radiusKm': { id: 'radius', label: 'Distance' },
  'input.guestGender': { id: 'gender', label: 'Gender' },
  'input.dependants': { id: 'dependants', label: 'Dependants' },
  'input.language': { id: 'language', label: 'Language' },
  'input.from': { id: 'arriving-at', label: 'Arriving' },
  'input.arrivingAt': { id: 'arriving-at', label: 'Arriving' },
  'input.nights': { id: 'nights', label: 'Nights' },
  'input.avoid': { id: 'avoid-radius', label: 'Area to avoid' },
};

const TOWN_OPTIONS: readonly Option[] = TOWNS.map((town) => ({ value: town.name, label: town.name }));

const KIND_OPTIONS: readonly Option<SafehouseKind | 'ANY'>[] = [
  { value: 'ANY', label: 'Any kind' },
  { value: 'SAFEHOUSE', label: kindLabel('SAFEHOUSE') },
  { value: 'PRE_NRM_EMERGENCY', label: kindLabel('PRE_NRM_EMERGENCY') },
];

const DISTANCE_ERROR = 'Distance must be more than 0 and at most 1000 km.';

function positiveKm(value: string): number | null {
  const km = Number(value.replace(',', '.'));
  return value.trim() !== '' && Number.isFinite(km) && km > 0 && km <= 1000 ? km : null;
}

/** Checks the form the way the API does; the input to send, or the errors by control. */
function buildSearch(form: SearchForm, now: Date): { run?: Omit<SearchRun, 'results' | 'at'>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!form.place) errors.town = 'Choose a town, or use your location.';
  const radiusKm = positiveKm(form.radiusKm);
  if (radiusKm === null) errors.radius = DISTANCE_ERROR;
  if (!form.guestGender) errors.gender = "Choose the person's gender.";
  const dependants = wholeNumber(form.dependants);
  const dependantsProblem = dependantsError(dependants, 19);
  if (dependantsProblem) errors.dependants = dependantsProblem;
  let arrivingAt: Date | null = null;
  if (form.arriving === 'later') {
    arrivingAt = fromLondonInput(form.arrivingAt);
    if (!arrivingAt) errors['arriving-at'] = 'Give the arrival date and time.';
    else if (arrivingAt.getTime() > now.getTime() + 365 * 86_400_000)
      errors['arriving-at'] = 'Arriving must be within a year.';
  }
  const nights = wholeNumber(form.nights);
  if (nights === null || nights < 1 || nights > 365) errors.nights = 'Nights must be a whole number from 1 to 365.';
  else if (form.kinds === 'PRE_NRM_EMERGENCY' && nights > PRE_NRM_MAX_NIGHTS)
    errors.nights = `A pre-NRM emergency stay is at most ${PRE_NRM_MAX_NIGHTS} nights.`;
  if (Object.keys(errors).length > 0 || !form.place) return { errors };

  // A time already past means arriving now: the stay starts now.
  const later = arrivingAt && arrivingAt.getTime() > now.getTime() + 60_000 ? arrivingAt.toISOString() : undefined;
  const input: SearchRun['input'] = {
    near: { latitude: form.place.latitude, longitude: form.place.longitude },
    radiusKm: radiusKm!,
    guestGender: form.guestGender,
    dependants: dependants!,
    needsAccessibleBed: form.needsAccessibleBed,
    needsStepFreeAccess: form.needsStepFreeAccess,
    nights: nights!,
    avoid: form.avoid.map((area) => ({
      near: { latitude: area.latitude, longitude: area.longitude },
      radiusKm: area.radiusKm,
    })),
    limit: 20,
  };
  if (form.language) input.language = form.language;
  if (form.kinds !== 'ANY') input.kinds = [form.kinds];
  if (later) {
    input.from = later;
    input.arrivingAt = later;
  }
  return {
    errors,
    run: {
      input,
      guest: {
        gender: form.guestGender as Gender,
        dependants: dependants!,
        needsAccessibleBed: form.needsAccessibleBed,
        language: form.language,
      },
    },
  };
}

async function runSearch(input: SearchRun['input']): Promise<Availability[]> {
  return (await gql<{ searchAvailability: Availability[] }>(SEARCH, { input })).searchAvailability;
}

function freeBeds(results: Availability[]): number {
  return results.reduce((sum, result) => sum + result.availableBeds.length, 0);
}

/** What changed between two answers to one search, in a sentence. */
function describeChange(before: Availability[], after: Availability[], at: Date): string {
  const gone = before.filter((old) => !after.some((now) => now.safehouse.id === old.safehouse.id));
  const added = after.filter((now) => !before.some((old) => old.safehouse.id === now.safehouse.id));
  const parts: string[] = [];
  if (gone.length > 0) parts.push(`${gone.map((house) => house.safehouse.area).join(', ')}: no free bed any more`);
  if (added.length > 0) parts.push(`${added.map((house) => house.safehouse.area).join(', ')}: a bed came free`);
  const bedsBefore = freeBeds(before);
  const bedsAfter = freeBeds(after);
  if (parts.length === 0 && bedsBefore !== bedsAfter) {
    parts.push(
      `${Math.abs(bedsAfter - bedsBefore)} bed${Math.abs(bedsAfter - bedsBefore) === 1 ? '' : 's'} ${bedsAfter < bedsBefore ? 'taken' : 'freed'}`,
    );
  }
  return `Results updated at ${formatTime(at)}${parts.length > 0 ? `: ${parts.join('; ')}` : ''}.`;
}

/** Search: where, who, when, areas to avoid; results as cards, kept live; one tap holds a bed. */
export function SearchView() {
  const [form, setFormState] = useState<SearchForm>(() => searchState.form ?? blankForm());
  const [run, setRunState] = useState<SearchRun | undefined>(searchState.run);
  const [editing, setEditing] = useState(!searchState.run);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | undefined>();
  const [searching, setSearching] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [holding, setHolding] = useState<string | undefined>();
  const [holdError, setHoldError] = useState<{ safehouseId: string; error: ApiError } | undefined>();
  const heading = useHeadingFocus<HTMLHeadingElement>();
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const runRef = useRef(run);
  runRef.current = run;

  const setForm = (change: Partial<SearchForm>) =>
    setFormState((previous) => {
      const next = { ...previous, ...change };
      searchState.form = next;
      return next;
    });
  const setRun = (next: SearchRun) => {
    searchState.run = next;
    setRunState(next);
  };

  /** Runs the last search again quietly (a live change, a bed taken meanwhile, coming back to this view). */
  const refresh = async (announce: boolean) => {
    const current = runRef.current;
    if (!current) return;
    try {
      const results = await runSearch(current.input);
      if (runRef.current !== current) return;
      const at = new Date();
      setRun({ ...current, results, at });
      if (announce) setAnnouncement(describeChange(current.results, results, at));
    } catch (caught) {
      setError(errorOf(caught));
    }
  };

  // Coming back to a search run earlier: its beds may have gone meanwhile.
  useEffect(() => {
    if (searchState.run) void refresh(false);
  }, []);

  // Live: a change to a house in the results runs the search again (once for a burst of changes).
  const near = run?.input.near;
  const radiusKm = run?.input.radiusKm;
  useEffect(() => {
    if (!near || !radiusKm) return;
    let timer: number | undefined;
    const stop = subscribe<{ availabilityChanged: { safehouseId: string } }>(
      AVAILABILITY_CHANGED,
      { near, radiusKm },
      (data) => {
        const current = runRef.current;
        if (!current?.results.some((result) => result.safehouse.id === data.availabilityChanged.safehouseId)) return;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => void refresh(true), LIVE_DEBOUNCE_MS);
      },
      (failure) => setAnnouncement(failure.message),
    );
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, [near?.latitude, near?.longitude, radiusKm]);

  async function search(event?: Event, override?: Partial<SearchForm>) {
    event?.preventDefault();
    const current = { ...form, ...override };
    const built = buildSearch(current, new Date());
    setErrors(built.errors);
    setError(undefined);
    setHoldError(undefined);
    if (!built.run) {
      focusFirstError(built.errors);
      return;
    }
    setSearching(true);
    try {
      const results = await runSearch(built.run.input);
      setRun({ ...built.run, results, at: new Date() });
      setAnnouncement('');
      setEditing(false);
      requestAnimationFrame(() => resultsHeading.current?.focus());
    } catch (caught) {
      const apiError = errorOf(caught);
      const onField = fieldErrorsFrom(apiError, CONTROLS);
      if (onField) {
        setErrors(onField.errors);
        setEditing(true);
        focusFirstError(onField.errors);
      }
      setError(onField?.error ?? apiError);
    } finally {
      setSearching(false);
    }
  }

  async function hold(house: Availability, bed: BedInfo) {
    if (!run || holding) return;
    setHolding(bed.id);
    setHoldError(undefined);
    const input: Record<string, unknown> = { bedId: bed.id, nights: run.input.nights, idempotencyKey: newKey() };
    if (run.input.from) input.from = run.input.from;
    if (run.input.arrivingAt) input.arrivingAt = run.input.arrivingAt;
    try {
      const answer = await gql<{ holdBed: { id: string } }>(HOLD_BED, { input });
      navigate(`/hold/${answer.holdBed.id}`);
    } catch (caught) {
      const apiError = errorOf(caught);
      const taken = apiError.reason === 'BED_UNAVAILABLE';
      setHoldError({
        safehouseId: house.safehouse.id,
        error: taken
          ? new ApiError(
              `${apiError.message} Someone else may have just taken it: the results below are up to date now.`,
            )
          : apiError,
      });
      if (taken) {
        await refresh(false);
        requestAnimationFrame(() => {
          if (!document.activeElement || document.activeElement === document.body) resultsHeading.current?.focus();
        });
      }
    } finally {
      setHolding(undefined);
    }
  }

  const widerRadius = run ? Math.min(1000, Math.max(run.input.radiusKm * 2, run.input.radiusKm + 25)) : 0;

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Find a bed
      </h1>
      {editing || !run ? (
        <SearchFormView
          form={form}
          setForm={setForm}
          errors={errors}
          error={error}
          searching={searching}
          onSubmit={search}
          onCancel={run ? () => setEditing(false) : undefined}
        />
      ) : (
        <section class="card search-summary" aria-label="Your search">
          <p>{summary(run, form)}</p>
          <button type="button" onClick={() => setEditing(true)}>
            Change search
          </button>
        </section>
      )}

      {run && !editing && (
        <section class="results" aria-labelledby="results-heading">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1}>
            {run.results.length === 0
              ? 'No beds found'
              : `${run.results.length} ${run.results.length === 1 ? 'place' : 'places'} with free beds`}
          </h2>
          <p class="meta" role="status">
            {announcement || `Live: kept up to date as beds are taken. Checked at ${formatTime(run.at)}.`}
          </p>
          {!editing && <ErrorNotice error={error} />}
          {holdError && !run.results.some((result) => result.safehouse.id === holdError.safehouseId) && (
            <ErrorNotice error={holdError.error} />
          )}
          {run.results.length === 0 ? (
            <div class="notice notice-warn stack">
              <p>
                No place within {run.input.radiusKm} km has a free bed that fits. Try a wider distance, fewer needs or
                another night.
              </p>
              {run.input.radiusKm < 1000 && (
                <button
                  type="button"
                  class="primary"
                  disabled={searching}
                  onClick={() => {
                    setForm({ radiusKm: String(widerRadius) });
                    void search(undefined, { radiusKm: String(widerRadius) });
                  }}
                >
                  Search within {widerRadius} km
                </button>
              )}
            </div>
          ) : (
            <ul class="cards">
              {run.results.map((result) => (
                <ResultCard
                  key={result.safehouse.id}
                  result={result}
                  later={Boolean(run.input.arrivingAt)}
                  holding={holding}
                  error={holdError?.safehouseId === result.safehouse.id ? holdError.error : undefined}
                  onHold={(bed) => void hold(result, bed)}
                />
              ))}
            </ul>
          )}
        </section>
      )}
    </>
  );
}

function summary(run: SearchRun, form: SearchForm): string {
  const input = run.input;
  const who = GENDERS.find((gender) => gender.value === run.guest.gender)?.label ?? '';
  const parts = [
    `Within ${input.radiusKm} km of ${form.place?.label ?? 'the chosen point'}`,
    `${who}${run.guest.dependants > 0 ? ` with ${run.guest.dependants} dependant${run.guest.dependants === 1 ? '' : 's'}` : ''}`,
    input.arrivingAt ? `arriving ${formatDayAndTime(String(input.arrivingAt))}` : 'arriving now',
    `${input.nights} night${input.nights === 1 ? '' : 's'}`,
  ];
  if (run.guest.needsAccessibleBed) parts.push('accessible bed');
  if (input.needsStepFreeAccess) parts.push('step-free');
  if (run.guest.language) parts.push(`staff speak ${languageName(run.guest.language)}`);
  const avoid = input.avoid as unknown[];
  if (avoid.length > 0) parts.push(`avoiding ${avoid.length} area${avoid.length === 1 ? '' : 's'}`);
  return `${parts.join(', ')}.`;
}

function ResultCard(props: {
  result: Availability;
  later: boolean;
  holding?: string;
  error?: ApiError;
  onHold: (bed: BedInfo) => void;
}) {
  const { result, later, holding, error, onHold } = props;
  const house = result.safehouse;
  const beds = result.availableBeds;
  const features = [
    house.stepFreeAccess ? 'Step-free access' : '',
    house.acceptsDependants ? 'Takes dependants' : '',
    house.instantBooking ? 'Books at once' : 'Provider accepts first',
    house.languages.length > 0 ? `Staff speak ${house.languages.map(languageName).join(', ')}` : '',
  ].filter(Boolean);
  return (
    <li class="card result">
      <h3>{house.area}</h3>
      <p class="meta">
        {result.distanceKm} km away · {kindLabel(house.kind)} · {house.provider.name}
      </p>
      <p>
        {result.acceptsArrival ? (
          <span class="badge good">{later ? 'Takes arrivals at that time' : 'Takes arrivals now'}</span>
        ) : (
          <span class="badge warn">
            {result.nextIntakeAt ? `Next intake ${formatDayAndTime(result.nextIntakeAt)}` : 'Not taking arrivals then'}
          </span>
        )}
      </p>
      {house.capacityStale && (
        <p class="notice notice-warn">
          Beds last confirmed {house.capacityConfirmedAt ? formatDayAndTime(house.capacityConfirmedAt) : 'never'}: phone
          the provider before you travel.
        </p>
      )}
      <p>
        Latest inspection:{' '}
        {house.latestRating ? (RATING_LABELS[house.latestRating] ?? house.latestRating) : 'not inspected yet'}
      </p>
      <p class="meta">{features.join(' · ')}</p>
      <p class="free-beds">
        {beds.length} free bed{beds.length === 1 ? '' : 's'}
      </p>
      <ul class="beds">
        {beds.map((bed) => (
          <li key={bed.id} class="bed">
            <span>
              {bed.label}, sleeps {bed.sleeps}
              {bed.accessible ? ', accessible' : ''}
            </span>
            <button type="button" class="primary" disabled={holding !== undefined} onClick={() => onHold(bed)}>
              {holding === bed.id ? 'Holding…' : 'Hold'}
              <span class="visually-hidden">
                {' '}
                {bed.label} in {house.area}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorNotice error={error} />
    </li>
  );
}

function SearchFormView(props: {
  form: SearchForm;
  setForm: (change: Partial<SearchForm>) => void;
  errors: FieldErrors;
  error?: ApiError;
  searching: boolean;
  onSubmit: (event: Event) => void;
  onCancel?: () => void;
}) {
  const { form, setForm, errors } = props;
  const [locating, setLocating] = useState<'avoid' | 'search' | undefined>();
  const [locationMessage, setLocationMessage] = useState<{ text: string; error: boolean } | undefined>();
  const [avoidChoice, setAvoidChoice] = useState('');
  const [avoidRadius, setAvoidRadius] = useState('10');
  const [avoidErrors, setAvoidErrors] = useState<FieldErrors>({});
  const allErrors = { ...errors, ...avoidErrors };

  function locate(then: (place: Place) => void, purpose: 'avoid' | 'search') {
    if (!('geolocation' in navigator)) {
      setLocationMessage({ text: 'This browser cannot share its location here. Pick a town instead.', error: true });
      return;
    }
    setLocating(purpose);
    setLocationMessage({ text: 'Finding your location…', error: false });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(undefined);
        const place = {
          label: 'your location',
          latitude: Math.round(position.coords.latitude * 10_000) / 10_000,
          longitude: Math.round(position.coords.longitude * 10_000) / 10_000,
        };
        setLocationMessage({
          text: `Using your location (to about ${Math.max(1, Math.round(position.coords.accuracy))} m).`,
          error: false,
        });
        then(place);
      },
      (failure) => {
        setLocating(undefined);
        setLocationMessage({
          text:
            failure.code === failure.PERMISSION_DENIED
              ? 'Location is not allowed for this page. Pick a town from the list instead, or allow location in the browser settings.'
              : 'Your location could not be found just now. Pick a town from the list instead.',
          error: true,
        });
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  function addAvoid(place: Place) {
    const radiusKm = positiveKm(avoidRadius);
    if (radiusKm === null) {
      setAvoidErrors({ 'avoid-radius': DISTANCE_ERROR });
      focusFirstError({ 'avoid-radius': 'x' });
      return;
    }
    if (form.avoid.length >= 20) {
      setAvoidErrors({ 'avoid-town': 'At most 20 areas to avoid.' });
      return;
    }
    setAvoidErrors({});
    setForm({ avoid: [...form.avoid, { ...place, radiusKm }] });
    setAvoidChoice('');
  }

  function onAddAvoid() {
    if (avoidChoice === HERE) {
      locate(addAvoid, 'avoid');
      return;
    }
    const town = townNamed(avoidChoice);
    if (!town) {
      setAvoidErrors({ 'avoid-town': 'Choose a town, or your current location, to avoid.' });
      focusFirstError({ 'avoid-town': 'x' });
      return;
    }
    addAvoid({ label: town.name, latitude: town.latitude, longitude: town.longitude });
  }

  const here = form.place && !form.place.town;

  return (
    <form class="stack search-form" onSubmit={props.onSubmit} noValidate>
      <fieldset class="stack">
        <legend>Where</legend>
        <button
          type="button"
          class="wide"
          disabled={locating !== undefined}
          onClick={() => locate((place) => setForm({ place }), 'search')}
        >
          {locating === 'search' ? 'Finding your location…' : 'Use my location'}
        </button>
        <p class={`location-status ${locationMessage?.error ? 'notice notice-warn' : 'meta'}`} role="status">
          {locationMessage?.text ?? ''}
        </p>
        <SelectField
          id="town"
          label="Or pick a town"
          value={here ? HERE : (form.place?.town ?? '')}
          onChange={(name) => {
            const town = townNamed(name);
            if (town)
              setForm({
                place: { label: town.name, town: town.name, latitude: town.latitude, longitude: town.longitude },
              });
          }}
          placeholder="Choose a town…"
          options={here ? [{ value: HERE, label: 'My location' }, ...TOWN_OPTIONS] : TOWN_OPTIONS}
          errors={errors}
        />
        <NumberField
          id="radius"
          label="Distance (km)"
          min={1}
          max={1000}
          decimal
          value={form.radiusKm}
          onInput={(radiusKm) => setForm({ radiusKm })}
          errors={errors}
        />
      </fieldset>

      <fieldset class="stack">
        <legend>Who</legend>
        <GenderField
          id="gender"
          value={form.guestGender}
          onChange={(guestGender) => setForm({ guestGender })}
          errors={errors}
        />
        <DependantsField
          id="dependants"
          max={19}
          hint="Children or others who will stay in the same room."
          value={form.dependants}
          onInput={(dependants) => setForm({ dependants })}
          errors={errors}
        />
        <AccessibleBedCheck
          id="accessible"
          checked={form.needsAccessibleBed}
          onChange={(needsAccessibleBed) => setForm({ needsAccessibleBed })}
        />
        <Check
          id="step-free"
          label="Needs step-free access"
          checked={form.needsStepFreeAccess}
          onChange={(needsStepFreeAccess) => setForm({ needsStepFreeAccess })}
        />
        <SelectField
          id="language"
          label="Staff who speak"
          value={form.language}
          onChange={(language) => setForm({ language })}
          placeholder="Any language"
          options={LANGUAGE_OPTIONS}
          errors={errors}
        />
      </fieldset>

      <fieldset class="stack">
        <legend>When</legend>
        <Check
          id="arriving-now"
          label="Arriving now"
          type="radio"
          name="arriving"
          checked={form.arriving === 'now'}
          onChange={() => setForm({ arriving: 'now' })}
        />
        <Check
          id="arriving-later"
          label="Arriving later"
          type="radio"
          name="arriving"
          checked={form.arriving === 'later'}
          onChange={() => setForm({ arriving: 'later', arrivingAt: toLondonInput(new Date()) })}
        />
        {form.arriving === 'later' && (
          <LabelledField id="arriving-at" label="Arriving at (UK time)" errors={errors}>
            <input
              id="arriving-at"
              type="datetime-local"
              value={form.arrivingAt}
              onInput={(event) => setForm({ arrivingAt: event.currentTarget.value })}
              {...described('arriving-at', errors)}
            />
          </LabelledField>
        )}
        <NumberField
          id="nights"
          label="Nights"
          hint={`1 to 365. A pre-NRM place of safety takes at most ${PRE_NRM_MAX_NIGHTS} nights.`}
          min={1}
          max={365}
          value={form.nights}
          onInput={(nights) => setForm({ nights })}
          errors={errors}
        />
        <SelectField
          id="kinds"
          label="Kind of place"
          value={form.kinds}
          onChange={(kinds) => setForm({ kinds })}
          options={KIND_OPTIONS}
        />
      </fieldset>

      <fieldset class="stack">
        <legend>Areas to avoid</legend>
        <p class="hint">Places the person must be kept away from, such as where they were exploited.</p>
        <ChosenList
          items={form.avoid}
          keyOf={(area, index) => `${area.label}-${index}`}
          nameOf={(area) => area.label}
          onRemove={(_, index) => setForm({ avoid: form.avoid.filter((_, other) => other !== index) })}
        >
          {(area) => (
            <>
              {area.radiusKm} km around {area.label}
            </>
          )}
        </ChosenList>
        <SelectField
          id="avoid-town"
          label="Avoid around"
          value={avoidChoice}
          onChange={setAvoidChoice}
          placeholder="Choose a town…"
          options={[{ value: HERE, label: 'My current location' }, ...TOWN_OPTIONS]}
          errors={allErrors}
        />
        <NumberField
          id="avoid-radius"
          label="Within (km)"
          min={1}
          max={1000}
          decimal
          value={avoidRadius}
          onInput={setAvoidRadius}
          errors={allErrors}
        />
        <button type="button" disabled={locating === 'avoid'} onClick={onAddAvoid}>
          {locating === 'avoid' ? 'Finding your location…' : 'Add area to avoid'}
        </button>
      </fieldset>

      <ErrorNotice error={props.error} />
      <button type="submit" class="primary wide" disabled={props.searching}>
        {props.searching ? 'Searching…' : 'Search'}
      </button>
      {props.onCancel && (
        <button type="button" class="wide" onClick={props.onCancel}>
          Back to the results
        </button>
      )}
    </form>
  );
}
