import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { countdown, formatDayAndTime, formatTime } from '../format';
import { useAction, useNow, useQuery } from '../hooks';
import { navigate } from '../route';
import { ErrorNotice, Loading } from '../ui';
import {
  AccessibleBedCheck,
  Check,
  ChosenList,
  DependantsField,
  GenderField,
  LANGUAGE_OPTIONS,
  LabelledField,
  Select,
  SelectField,
  TextField,
  dependantsError,
  wholeNumber,
} from './fields';
import { languageName } from './languages';
import {
  CONFIRM,
  GENDERS,
  NRM_STATUSES,
  PLACEMENT,
  RELEASE_HOLD,
  kindLabel,
  type Gender,
  type NrmStatus,
  type PlacementDetail,
} from './model';
import {
  PhoneLink,
  described,
  errorOf,
  fieldErrorsFrom,
  focusFirstError,
  useHeadingFocus,
  type FieldErrors,
} from './parts';
import { useOnline } from './connection';
import { RETRY_DELAYS_MS, sendWithRetries } from './retry';
import { holdAttempts, searchState } from './store';
import { SEND_TIMEOUT_MS, isUnanswered, pause } from './use-hold';

/** The minutes said aloud: every 5 minutes, then each of the last 5 (never every second). */
function spokenMinutes(msLeft: number): number {
  const minutes = Math.ceil(msLeft / 60_000);
  return minutes <= 5 ? minutes : Math.ceil(minutes / 5) * 5;
}

/** A live countdown to the hold's end; screen readers hear it at minute marks only. */
export function Countdown(props: { until: string; now: Date }) {
  const left = countdown(props.until, props.now);
  const msLeft = new Date(props.until).getTime() - props.now.getTime();
  const spoken = spokenMinutes(msLeft);
  return (
    <div class="countdown-box">
      <p class="countdown-label" aria-hidden="true">
        Time left to confirm
      </p>
      <p class="countdown" aria-hidden="true">
        {left ?? '0 min 00 s'}
      </p>
      <p class="meta">Held until {formatTime(props.until)}: confirm before then or the bed goes back.</p>
      <p class="visually-hidden" aria-live="polite">
        {msLeft > 0
          ? `About ${spoken} minute${spoken === 1 ? '' : 's'} left to confirm the hold.`
          : 'The hold has ended.'}
      </p>
    </div>
  );
}

/** The held bed: time left, the provider's 24/7 line, release, and the survivor's details to confirm. */
export function HoldView(props: { id: string }) {
  const { data, error, loading, reload } = useQuery<{ placement: PlacementDetail | null }>(PLACEMENT, {
    id: props.id,
  });
  const now = useNow(1000);
  const [released, setReleased] = useState(false);
  const [expiredOnConfirm, setExpiredOnConfirm] = useState(false);
  const placement = data?.placement;
  const expired =
    expiredOnConfirm ||
    placement?.status === 'EXPIRED' ||
    (placement?.status === 'HELD' &&
      placement.holdExpiresAt !== null &&
      new Date(placement.holdExpiresAt).getTime() <= now.getTime());
  const heading = useHeadingFocus<HTMLHeadingElement>(`${Boolean(placement)}-${expired}-${released}`);

  // Confirmed (or further on) already: that is the placement's own view.
  useEffect(() => {
    if (placement && !['HELD', 'EXPIRED', 'RELEASED'].includes(placement.status)) {
      holdAttempts.endPlacement(placement.id);
      location.replace(`#/placement/${placement.id}`);
    }
  }, [placement?.status]);

  // The hold is over: its attempt ends, and a new tap on the bed starts afresh with a new key.
  const over = released || placement?.status === 'RELEASED' || expired;
  useEffect(() => {
    if (over) holdAttempts.endPlacement(props.id);
  }, [over]);

  if (!placement) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          Held bed
        </h1>
        {loading ? <Loading /> : <ErrorNotice error={error ?? new ApiError('That hold was not found.')} />}
        <a class="button" href="#/search">
          Back to the search
        </a>
      </>
    );
  }

  const house = placement.safehouse;
  const where = (
    <div class="card stack">
      <p>
        <strong>{house.area}</strong> · {kindLabel(house.kind)} · {house.provider.name}
      </p>
      <p class="meta">
        {placement.bed.label}, sleeps {placement.bed.sleeps}
        {placement.bed.accessible ? ', accessible' : ''} · from {formatDayAndTime(placement.from)}
        {placement.until ? ` to ${formatDayAndTime(placement.until)}` : ''}
      </p>
      <PhoneLink phone={placement.outOfHoursPhone} provider={house.provider.name} />
    </div>
  );

  if (released || placement.status === 'RELEASED' || expired) {
    return (
      <>
        <h1 ref={heading} tabIndex={-1}>
          {released || placement.status === 'RELEASED' ? 'Hold released' : 'This hold has expired'}
        </h1>
        <p class={released || placement.status === 'RELEASED' ? 'notice' : 'notice notice-warn'}>
          {released || placement.status === 'RELEASED'
            ? 'The bed has gone back for others to use.'
            : 'The bed was not confirmed in time and may have gone to someone else. Search again to hold a bed.'}
        </p>
        {where}
        <button type="button" class="primary wide" onClick={() => navigate('/search')}>
          Search again
        </button>
      </>
    );
  }

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Bed held
      </h1>
      {placement.holdExpiresAt && <Countdown until={placement.holdExpiresAt} now={now} />}
      {where}
      <p class="meta">
        {house.instantBooking
          ? 'This house books at once: the address is shown as soon as you confirm.'
          : 'The provider screens the referral and accepts it first; the address is shown once they do.'}
      </p>
      <ConfirmForm
        placementId={placement.id}
        onExpired={() => setExpiredOnConfirm(true)}
        onConfirmed={(id) => navigate(`/placement/${id}`)}
        onUnanswered={reload}
      />
      <ReleaseButton id={placement.id} onReleased={() => setReleased(true)} />
    </>
  );
}

function ReleaseButton(props: { id: string; onReleased: () => void }) {
  const release = useAction(() => gql(RELEASE_HOLD, { id: props.id }));
  return (
    <section class="stack release" aria-labelledby="release-heading">
      <h2 id="release-heading">Not needed after all?</h2>
      <ErrorNotice error={release.error} />
      <button
        type="button"
        class="danger wide"
        disabled={release.busy}
        onClick={async () => {
          if (await release.run()) props.onReleased();
        }}
      >
        {release.busy ? 'Releasing…' : 'Release this bed'}
      </button>
    </section>
  );
}

interface SurvivorForm {
  reference: string;
  preferredName: string;
  gender: Gender | '';
  dependants: string;
  languages: string[];
  needsAccessibleBed: boolean;
  accessibilityNeeds: string;
  prefersWorkerGender: Gender | '';
  nrmStatus: NrmStatus | '';
  adult: boolean;
  consentToReferral: boolean;
}

const CONTROLS = {
  'input.survivor.reference': { id: 'reference', label: 'Case reference' },
  'input.survivor.preferredName': { id: 'preferred-name', label: 'Preferred name' },
  'input.survivor.gender': { id: 'survivor-gender', label: 'Gender' },
  'input.survivor.dependants': { id: 'survivor-dependants', label: 'Dependants' },
  'input.survivor.languages': { id: 'add-language', label: 'Languages' },
  'input.survivor.accessibilityNeeds': { id: 'accessibility-needs', label: 'Access needs' },
  'input.survivor.prefersWorkerGender': { id: 'worker-gender', label: 'Support worker' },
  'input.survivor.nrmStatus': { id: 'nrm-status', label: 'NRM status' },
  'input.survivor.adult': { id: 'adult', label: 'Adult' },
  'input.survivor.consentToReferral': { id: 'consent', label: 'Consent' },
};

function checkSurvivor(form: SurvivorForm): FieldErrors {
  const errors: FieldErrors = {};
  if (form.reference.length > 100) errors.reference = 'Case reference must be at most 100 characters.';
  if (form.preferredName.length > 100) errors['preferred-name'] = 'Preferred name must be at most 100 characters.';
  if (!form.gender) errors['survivor-gender'] = "Choose the person's gender.";
  const dependantsProblem = dependantsError(wholeNumber(form.dependants), 10);
  if (dependantsProblem) errors['survivor-dependants'] = dependantsProblem;
  if (form.accessibilityNeeds.length > 500)
    errors['accessibility-needs'] = 'Access needs must be at most 500 characters.';
  if (!form.nrmStatus) errors['nrm-status'] = 'Choose where the person is with the NRM.';
  if (!form.adult)
    errors.adult =
      "Adult safehouses take adults only. For anyone under 18, contact the local authority children's services.";
  if (!form.consentToReferral)
    errors.consent = 'The person must agree to the referral before it can be sent to the provider.';
  return errors;
}

/**
 * The survivor's details, then confirmPlacement with the hold's attempt key (attempts.ts): a
 * confirmation whose answer was lost goes again by itself, then by "Try again", and books at most once.
 * `onUnanswered` looks at the placement again: a confirmation that did go through moves the view on.
 */
function ConfirmForm(props: {
  placementId: string;
  onConfirmed: (id: string) => void;
  onExpired: () => void;
  onUnanswered: () => void;
}) {
  const guest = searchState.run?.guest;
  const [form, setFormState] = useState<SurvivorForm>(() => ({
    reference: '',
    preferredName: '',
    gender: guest?.gender ?? '',
    dependants: String(guest?.dependants ?? 0),
    languages: guest?.language ? [guest.language] : [],
    needsAccessibleBed: guest?.needsAccessibleBed ?? false,
    accessibilityNeeds: '',
    prefersWorkerGender: '',
    nrmStatus: '',
    adult: false,
    consentToReferral: false,
  }));
  const [key] = useState(() => holdAttempts.forPlacement(props.placementId).key);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [retry, setRetry] = useState(0);
  const [unanswered, setUnanswered] = useState(false);
  const sent = useRef<Record<string, unknown> | undefined>(undefined);
  const [languageChoice, setLanguageChoice] = useState('');
  const setForm = (change: Partial<SurvivorForm>) => setFormState((previous) => ({ ...previous, ...change }));

  async function submit(event: Event) {
    event.preventDefault();
    const found = checkSurvivor(form);
    setErrors(found);
    setError(undefined);
    if (Object.keys(found).length > 0) {
      setError(new ApiError('Some details need checking: see the messages by each one.'));
      focusFirstError(found);
      return;
    }
    const survivor: Record<string, unknown> = {
      gender: form.gender,
      dependants: Number(form.dependants),
      languages: form.languages,
      needsAccessibleBed: form.needsAccessibleBed,
      nrmStatus: form.nrmStatus,
      adult: form.adult,
      consentToReferral: form.consentToReferral,
    };
    if (form.reference.trim()) survivor.reference = form.reference.trim();
    if (form.preferredName.trim()) survivor.preferredName = form.preferredName.trim();
    if (form.accessibilityNeeds.trim()) survivor.accessibilityNeeds = form.accessibilityNeeds.trim();
    if (form.prefersWorkerGender) survivor.prefersWorkerGender = form.prefersWorkerGender;
    sent.current = { placementId: props.placementId, survivor, idempotencyKey: key };
    await send(sent.current);
  }

  async function send(input: Record<string, unknown>) {
    setBusy(true);
    setRetry(0);
    setUnanswered(false);
    setError(undefined);
    try {
      const answer = await sendWithRetries(
        () => gql<{ confirmPlacement: PlacementDetail }>(CONFIRM, { input }, { timeoutMs: SEND_TIMEOUT_MS }),
        { isUnanswered, wait: pause, onRetry: setRetry },
      );
      holdAttempts.endPlacement(props.placementId);
      props.onConfirmed(answer.confirmPlacement.id);
    } catch (caught) {
      if (isUnanswered(caught)) {
        setUnanswered(true);
        props.onUnanswered();
        return;
      }
      const apiError = errorOf(caught);
      if (apiError.reason === 'HOLD_EXPIRED') {
        props.onExpired();
        return;
      }
      if (apiError.field === 'input.idempotencyKey') {
        // The first confirmation went through, with the details sent then: the placement shows them.
        setError(new ApiError('This bed was confirmed already, with the details sent the first time.'));
        props.onUnanswered();
        return;
      }
      const onField = fieldErrorsFrom(apiError, CONTROLS);
      if (onField) {
        setErrors(onField.errors);
        focusFirstError(onField.errors);
      }
      setError(onField?.error ?? apiError);
    } finally {
      setBusy(false);
    }
  }

  /** The same confirmation again, with the same details and key. */
  function tryAgain() {
    if (sent.current) void send(sent.current);
  }

  // The signal is back: an unanswered confirmation goes again by itself.
  useOnline(() => {
    if (unanswered && !busy) tryAgain();
  });

  return (
    <form class="stack confirm-form" onSubmit={submit} noValidate aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">Confirm for the person</h2>
      <p class="notice">
        Only what the provider needs to take the referral. Haven never asks for immigration status: there is no question
        about it here, and it decides nothing.
      </p>
      <TextField
        id="reference"
        label="Your case reference (optional)"
        maxLength={100}
        value={form.reference}
        onInput={(reference) => setForm({ reference })}
        errors={errors}
      />
      <TextField
        id="preferred-name"
        label="Name they want to be called (optional)"
        maxLength={100}
        value={form.preferredName}
        onInput={(preferredName) => setForm({ preferredName })}
        errors={errors}
      />
      <GenderField
        id="survivor-gender"
        value={form.gender}
        onChange={(gender) => setForm({ gender })}
        errors={errors}
      />
      <DependantsField
        id="survivor-dependants"
        max={10}
        value={form.dependants}
        onInput={(dependants) => setForm({ dependants })}
        errors={errors}
      />
      <fieldset class="stack">
        <legend>Languages they speak</legend>
        <ChosenList
          items={form.languages}
          keyOf={(code) => code}
          nameOf={languageName}
          onRemove={(code) => setForm({ languages: form.languages.filter((other) => other !== code) })}
        >
          {languageName}
        </ChosenList>
        <LabelledField id="add-language" label="Add a language" errors={errors}>
          <div class="row">
            <Select
              id="add-language"
              class="grow"
              value={languageChoice}
              onChange={setLanguageChoice}
              placeholder="Choose…"
              options={LANGUAGE_OPTIONS.filter((language) => !form.languages.includes(language.value))}
              errors={errors}
            />
            <button
              type="button"
              disabled={!languageChoice || form.languages.length >= 10}
              onClick={() => {
                setForm({ languages: [...form.languages, languageChoice] });
                setLanguageChoice('');
              }}
            >
              Add
            </button>
          </div>
        </LabelledField>
      </fieldset>
      <AccessibleBedCheck
        id="needs-accessible"
        checked={form.needsAccessibleBed}
        onChange={(needsAccessibleBed) => setForm({ needsAccessibleBed })}
      />
      <LabelledField
        id="accessibility-needs"
        label="Access or health needs the house should know (optional)"
        errors={errors}
      >
        <textarea
          id="accessibility-needs"
          rows={3}
          maxLength={500}
          value={form.accessibilityNeeds}
          onInput={(event) => setForm({ accessibilityNeeds: event.currentTarget.value })}
          {...described('accessibility-needs', errors)}
        />
      </LabelledField>
      <SelectField
        id="worker-gender"
        label="Would rather have a support worker who is (optional)"
        value={form.prefersWorkerGender}
        onChange={(prefersWorkerGender) => setForm({ prefersWorkerGender })}
        placeholder="No preference"
        options={GENDERS}
      />
      <SelectField
        id="nrm-status"
        label="National Referral Mechanism"
        hint="Safehouses take people referred to the NRM; a pre-NRM place of safety takes anyone."
        value={form.nrmStatus}
        onChange={(nrmStatus) => setForm({ nrmStatus })}
        placeholder="Choose…"
        options={NRM_STATUSES}
        errors={errors}
      />
      <Check
        id="adult"
        label="The person is 18 or over"
        checked={form.adult}
        onChange={(adult) => setForm({ adult })}
        errors={errors}
      />
      <Check
        id="consent"
        label="They agree to this referral and to these details going to the provider"
        checked={form.consentToReferral}
        onChange={(consentToReferral) => setForm({ consentToReferral })}
        errors={errors}
      />
      <ErrorNotice error={error} />
      {busy && retry > 0 && (
        <p class="notice" role="status">
          No answer yet: sending the same confirmation again ({retry} of {RETRY_DELAYS_MS.length})…
        </p>
      )}
      {unanswered && !busy && (
        <div class="notice notice-warn stack" role="alert">
          <p>
            No answer from Haven: the confirmation may or may not have gone through. Trying again sends the same
            details, so the bed is never booked twice.
          </p>
          <button type="button" class="primary wide" onClick={tryAgain}>
            Try again
          </button>
        </div>
      )}
      <button type="submit" class="primary wide" disabled={busy}>
        {busy ? 'Confirming…' : 'Confirm placement'}
      </button>
    </form>
  );
}
