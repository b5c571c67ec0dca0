import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import { countdown, formatDayAndTime, formatTime } from '../format';
import { useNow, useQuery } from '../hooks';
import { navigate } from '../route';
import { ErrorNotice, Loading } from '../ui';
import { LANGUAGES, languageName } from './languages';
import {
  CONFIRM,
  GENDERS,
  NRM_STATUSES,
  PLACEMENT,
  RELEASE_HOLD,
  kindLabel,
  newKey,
  type Gender,
  type NrmStatus,
  type PlacementDetail,
} from './model';
import {
  FieldError,
  PhoneLink,
  apiFieldError,
  described,
  errorOf,
  focusFirstError,
  useHeadingFocus,
  type FieldErrors,
} from './parts';
import { searchState } from './store';

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
  const { data, error, loading } = useQuery<{ placement: PlacementDetail | null }>(PLACEMENT, { id: props.id });
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
      location.replace(`#/placement/${placement.id}`);
    }
  }, [placement?.status]);

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
      />
      <ReleaseButton id={placement.id} onReleased={() => setReleased(true)} />
    </>
  );
}

function ReleaseButton(props: { id: string; onReleased: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>();
  async function release() {
    setBusy(true);
    setError(undefined);
    try {
      await gql(RELEASE_HOLD, { id: props.id });
      props.onReleased();
    } catch (caught) {
      setError(errorOf(caught));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section class="stack release" aria-labelledby="release-heading">
      <h2 id="release-heading">Not needed after all?</h2>
      <ErrorNotice error={error} />
      <button type="button" class="danger wide" disabled={busy} onClick={release}>
        {busy ? 'Releasing…' : 'Release this bed'}
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
  if (!/^\s*\d+\s*$/.test(form.dependants) || Number(form.dependants) > 10)
    errors['survivor-dependants'] = 'Dependants must be a whole number from 0 to 10.';
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

function ConfirmForm(props: { placementId: string; onConfirmed: (id: string) => void; onExpired: () => void }) {
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
  const [key] = useState(newKey);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
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
    setBusy(true);
    try {
      const answer = await gql<{ confirmPlacement: PlacementDetail }>(CONFIRM, {
        input: { placementId: props.placementId, survivor, idempotencyKey: key },
      });
      props.onConfirmed(answer.confirmPlacement.id);
    } catch (caught) {
      const apiError = errorOf(caught);
      if (apiError.reason === 'HOLD_EXPIRED') {
        props.onExpired();
        return;
      }
      const field = apiFieldError(apiError, CONTROLS);
      if (field) {
        setErrors({ [field.id]: field.message });
        focusFirstError({ [field.id]: field.message });
        setError(new ApiError(field.message, apiError.code, apiError.reason, apiError.field));
      } else {
        setError(apiError);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="stack confirm-form" onSubmit={submit} noValidate aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">Confirm for the person</h2>
      <p class="notice">
        Only what the provider needs to take the referral. Haven never asks for immigration status: there is no question
        about it here, and it decides nothing.
      </p>
      <div class="field">
        <label for="reference">Your case reference (optional)</label>
        <input
          id="reference"
          type="text"
          autoComplete="off"
          maxLength={100}
          value={form.reference}
          onInput={(event) => setForm({ reference: event.currentTarget.value })}
          {...described('reference', errors)}
        />
        <FieldError id="reference" errors={errors} />
      </div>
      <div class="field">
        <label for="preferred-name">Name they want to be called (optional)</label>
        <input
          id="preferred-name"
          type="text"
          autoComplete="off"
          maxLength={100}
          value={form.preferredName}
          onInput={(event) => setForm({ preferredName: event.currentTarget.value })}
          {...described('preferred-name', errors)}
        />
        <FieldError id="preferred-name" errors={errors} />
      </div>
      <div class="field">
        <label for="survivor-gender">Gender</label>
        <select
          id="survivor-gender"
          value={form.gender}
          onChange={(event) => setForm({ gender: event.currentTarget.value as Gender })}
          {...described('survivor-gender', errors)}
        >
          <option value="">Choose…</option>
          {GENDERS.map((gender) => (
            <option key={gender.value} value={gender.value}>
              {gender.label}
            </option>
          ))}
        </select>
        <FieldError id="survivor-gender" errors={errors} />
      </div>
      <div class="field">
        <label for="survivor-dependants">Dependants coming too</label>
        <input
          id="survivor-dependants"
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          value={form.dependants}
          onInput={(event) => setForm({ dependants: event.currentTarget.value })}
          {...described('survivor-dependants', errors)}
        />
        <FieldError id="survivor-dependants" errors={errors} />
      </div>
      <fieldset class="stack">
        <legend>Languages they speak</legend>
        {form.languages.length > 0 && (
          <ul class="avoid-list">
            {form.languages.map((code) => (
              <li key={code}>
                <span>{languageName(code)}</span>
                <button
                  type="button"
                  onClick={() => setForm({ languages: form.languages.filter((other) => other !== code) })}
                >
                  Remove<span class="visually-hidden"> {languageName(code)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div class="field">
          <label for="add-language">Add a language</label>
          <div class="row">
            <select
              id="add-language"
              class="grow"
              value={languageChoice}
              onChange={(event) => setLanguageChoice(event.currentTarget.value)}
              {...described('add-language', errors)}
            >
              <option value="">Choose…</option>
              {LANGUAGES.filter((language) => !form.languages.includes(language.code)).map((language) => (
                <option key={language.code} value={language.code}>
                  {language.name}
                </option>
              ))}
            </select>
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
          <FieldError id="add-language" errors={errors} />
        </div>
      </fieldset>
      <div class="check">
        <input
          id="needs-accessible"
          type="checkbox"
          checked={form.needsAccessibleBed}
          onChange={(event) => setForm({ needsAccessibleBed: event.currentTarget.checked })}
        />
        <label for="needs-accessible">Needs an accessible bed</label>
      </div>
      <div class="field">
        <label for="accessibility-needs">Access or health needs the house should know (optional)</label>
        <textarea
          id="accessibility-needs"
          rows={3}
          maxLength={500}
          value={form.accessibilityNeeds}
          onInput={(event) => setForm({ accessibilityNeeds: event.currentTarget.value })}
          {...described('accessibility-needs', errors)}
        />
        <FieldError id="accessibility-needs" errors={errors} />
      </div>
      <div class="field">
        <label for="worker-gender">Would rather have a support worker who is (optional)</label>
        <select
          id="worker-gender"
          value={form.prefersWorkerGender}
          onChange={(event) => setForm({ prefersWorkerGender: event.currentTarget.value as Gender })}
        >
          <option value="">No preference</option>
          {GENDERS.map((gender) => (
            <option key={gender.value} value={gender.value}>
              {gender.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="nrm-status">National Referral Mechanism</label>
        <p class="hint" id="nrm-status-hint">
          Safehouses take people referred to the NRM; a pre-NRM place of safety takes anyone.
        </p>
        <select
          id="nrm-status"
          value={form.nrmStatus}
          onChange={(event) => setForm({ nrmStatus: event.currentTarget.value as NrmStatus })}
          {...described('nrm-status', errors, true)}
        >
          <option value="">Choose…</option>
          {NRM_STATUSES.map((status) => (
            <option key={status.value} value={status.value}>
              {status.label}
            </option>
          ))}
        </select>
        <FieldError id="nrm-status" errors={errors} />
      </div>
      <div>
        <div class="check">
          <input
            id="adult"
            type="checkbox"
            checked={form.adult}
            onChange={(event) => setForm({ adult: event.currentTarget.checked })}
            {...described('adult', errors)}
          />
          <label for="adult">The person is 18 or over</label>
        </div>
        <FieldError id="adult" errors={errors} />
      </div>
      <div>
        <div class="check">
          <input
            id="consent"
            type="checkbox"
            checked={form.consentToReferral}
            onChange={(event) => setForm({ consentToReferral: event.currentTarget.checked })}
            {...described('consent', errors)}
          />
          <label for="consent">They agree to this referral and to these details going to the provider</label>
        </div>
        <FieldError id="consent" errors={errors} />
      </div>
      <ErrorNotice error={error} />
      <button type="submit" class="primary wide" disabled={busy}>
        {busy ? 'Confirming…' : 'Confirm placement'}
      </button>
    </form>
  );
}
