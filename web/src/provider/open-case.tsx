import { useState } from 'preact/hooks';
import { gql } from '../api';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import { navigate } from '../route';
import type { Me } from '../session';
import { ErrorNotice, useTitle } from '../kit/ui';
import type { AgeStatus, Gender, NrmStatus } from '../gql/graphql';
import { OPEN_CASE } from './case-queries';
import { DateField, ErrorField, chosen, described, fieldError, formError } from '../kit/form';
import { sentence } from '../kit/words';

const GENDERS: Gender[] = ['WOMAN', 'MAN', 'NON_BINARY'];
const AGE_STATUSES: { value: AgeStatus; label: string }[] = [
  { value: 'ADULT', label: 'An adult' },
  { value: 'CHILD', label: 'A child' },
  { value: 'AGE_UNCERTAIN', label: 'Age uncertain' },
];
const NRM_STATUSES: NrmStatus[] = [
  'NOT_REFERRED',
  'REFERRED',
  'POSITIVE_REASONABLE_GROUNDS',
  'NEGATIVE_REASONABLE_GROUNDS',
  'POSITIVE_CONCLUSIVE_GROUNDS',
  'NEGATIVE_CONCLUSIVE_GROUNDS',
];
/** The fields the API may name, as they sit under `input` (or `input.survivor`). */
const FIELDS = [
  'preferredName',
  'reference',
  'gender',
  'ageStatus',
  'nrmStatus',
  'nrmReferredOn',
  'languages',
  'consentToReferral',
  'area',
];

/**
 * Open an outreach case: a person supported where they already live. One idempotency key per form,
 * kept across retries, so a double tap or a lost answer never opens two cases.
 */
export function OpenCase(props: { me: Me }) {
  useTitle('Open an outreach case');
  const [key] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({
    preferredName: '',
    reference: '',
    gender: '' as Gender | '',
    ageStatus: '' as AgeStatus | '',
    nrmStatus: 'NOT_REFERRED' as NrmStatus,
    nrmReferredOn: '',
    languages: '',
    interpreterNeeded: false,
    consentToReferral: false,
    area: '',
  });
  const set = (name: keyof typeof form) => (value: string | boolean) => setForm({ ...form, [name]: value });
  const open = useAction(() =>
    gql(OPEN_CASE, {
      input: {
        providerId: props.me.organisation!.id,
        area: form.area.trim(),
        idempotencyKey: key,
        survivor: {
          preferredName: form.preferredName.trim() || undefined,
          reference: form.reference.trim() || undefined,
          gender: chosen(form.gender, 'gender', 'Choose their gender.'),
          ageStatus: form.ageStatus || undefined,
          nrmStatus: form.nrmStatus,
          nrmReferredOn: form.nrmReferredOn || undefined,
          languages: form.languages
            .split(/[\s,]+/)
            .map((tag) => tag.trim())
            .filter(Boolean),
          interpreterNeeded: form.interpreterNeeded,
          consentToReferral: form.consentToReferral,
        },
      },
    }),
  );
  const error = (name: string) => fieldError(open.error, name);

  async function onSubmit(event: Event) {
    event.preventDefault();
    const answer = await open.run();
    if (answer) navigate(`/cases/${answer.openSupportCase.id}/opened`);
  }

  return (
    <>
      <p>
        <a href="#/cases">Back to cases</a>
      </p>
      <h1>Open an outreach case</h1>
      <p class="lede">
        Someone you support where they live now: their own, local authority or asylum accommodation. No address: the
        local authority area is enough.
      </p>
      <form class="stack narrow" onSubmit={onSubmit} noValidate aria-label="Open an outreach case">
        <Text
          id="open-name"
          label="Preferred name (optional)"
          value={form.preferredName}
          onChange={set('preferredName')}
          error={error('preferredName')}
        />
        <Text
          id="open-reference"
          label="Referrer's reference (optional)"
          value={form.reference}
          onChange={set('reference')}
          error={error('reference')}
        />
        <ErrorField id="open-gender" label="Gender" error={error('gender')}>
          <select
            id="open-gender"
            value={form.gender}
            onChange={(event) => set('gender')(event.currentTarget.value)}
            {...described('open-gender', error('gender'))}
          >
            <option value="">Choose</option>
            {GENDERS.map((value) => (
              <option key={value} value={value}>
                {sentence(words(value))}
              </option>
            ))}
          </select>
        </ErrorField>
        <fieldset {...described('open-age', error('ageStatus'))}>
          <legend>Age</legend>
          {AGE_STATUSES.map((option) => (
            <div class="check" key={option.value}>
              <input
                type="radio"
                id={`open-age-${option.value}`}
                name="ageStatus"
                value={option.value}
                checked={form.ageStatus === option.value}
                onChange={() => set('ageStatus')(option.value)}
              />
              <label for={`open-age-${option.value}`}>{option.label}</label>
            </div>
          ))}
          {error('ageStatus') && (
            <p class="field-error" id="open-age-error">
              {error('ageStatus')}
            </p>
          )}
        </fieldset>
        <ErrorField id="open-nrm" label="Where they are in the NRM" error={error('nrmStatus')}>
          <select
            id="open-nrm"
            value={form.nrmStatus}
            onChange={(event) => set('nrmStatus')(event.currentTarget.value)}
            {...described('open-nrm', error('nrmStatus'))}
          >
            {NRM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {sentence(words(value))}
              </option>
            ))}
          </select>
        </ErrorField>
        {form.nrmStatus !== 'NOT_REFERRED' && (
          <DateField
            id="open-referred-on"
            label="Referred into the NRM on (if known)"
            value={form.nrmReferredOn}
            onChange={set('nrmReferredOn')}
            error={error('nrmReferredOn')}
          />
        )}
        <Text
          id="open-languages"
          label="Languages (optional)"
          hint="Language codes, e.g. sq ro pl"
          value={form.languages}
          onChange={set('languages')}
          error={error('languages')}
        />
        <div class="check">
          <input
            type="checkbox"
            id="open-interpreter"
            checked={form.interpreterNeeded}
            onChange={(event) => set('interpreterNeeded')(event.currentTarget.checked)}
          />
          <label for="open-interpreter">Needs an interpreter</label>
        </div>
        <Text
          id="open-area"
          label="Local authority area"
          hint="Where they live, e.g. Hull City Council. Never an address."
          value={form.area}
          onChange={set('area')}
          error={error('area')}
        />
        <div>
          <div class="check">
            <input
              type="checkbox"
              id="open-consent"
              checked={form.consentToReferral}
              onChange={(event) => set('consentToReferral')(event.currentTarget.checked)}
              {...described('open-consent', error('consentToReferral'))}
            />
            <label for="open-consent">They agree to support from you and to these details being kept</label>
          </div>
          {error('consentToReferral') && (
            <p class="field-error" id="open-consent-error">
              {error('consentToReferral')}
            </p>
          )}
        </div>
        <ErrorNotice error={formError(open.error, FIELDS)} />
        <button type="submit" class="primary wide" disabled={open.busy}>
          {open.busy ? 'Opening…' : 'Open the case'}
        </button>
      </form>
    </>
  );
}

function Text(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  return (
    <ErrorField id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={props.id}
        type="text"
        value={props.value}
        onInput={(event) => props.onChange(event.currentTarget.value)}
        {...described(props.id, props.error, props.hint)}
      />
    </ErrorField>
  );
}
