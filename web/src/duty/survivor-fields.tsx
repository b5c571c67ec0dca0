import { useState } from 'preact/hooks';
import {
  AccessibleBedCheck,
  Check,
  ChosenList,
  DependantsList,
  GenderField,
  LANGUAGE_OPTIONS,
  LabelledField,
  Select,
  SelectField,
  TextField,
} from './fields';
import { languageName } from '../kit/languages';
import { GENDERS, NRM_STATUSES } from './model';
import { FieldError, described, type FieldErrors } from './parts';
import { AGE_STATUSES, SURVIVOR_DEPENDANTS_PREFIX, SURVIVOR_MAX_DEPENDANTS, type SurvivorForm } from './survivor-form';

/**
 * The person's details, as the provider needs them to take the referral: the controls of the hold
 * view's confirm step, each labelled and with its error by it. Their rules are in survivor-form.ts.
 */
export function SurvivorFields(props: {
  form: SurvivorForm;
  setForm: (change: Partial<SurvivorForm>) => void;
  errors: FieldErrors;
}) {
  const { form, setForm, errors } = props;
  const [languageChoice, setLanguageChoice] = useState('');
  return (
    <>
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
      <AgeField value={form.ageStatus} onChange={(ageStatus) => setForm({ ageStatus })} errors={errors} />
      <DependantsList
        prefix={SURVIVOR_DEPENDANTS_PREFIX}
        max={SURVIVOR_MAX_DEPENDANTS}
        rows={form.dependants}
        onChange={(dependants) => setForm({ dependants })}
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
        <Check
          id="interpreter"
          label="Needs an interpreter"
          checked={form.interpreterNeeded}
          onChange={(interpreterNeeded) => setForm({ interpreterNeeded })}
          errors={errors}
        />
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
        id="consent"
        label="They agree to this referral and to these details going to the provider"
        checked={form.consentToReferral}
        onChange={(consentToReferral) => setForm({ consentToReferral })}
        errors={errors}
      />
    </>
  );
}

/**
 * The person's age, one of AGE_STATUSES. The error (the children's services guidance for anyone who
 * is or may be under 18) is under the group, which names it; the first choice takes the focus.
 */
function AgeField(props: {
  value: SurvivorForm['ageStatus'];
  onChange: (ageStatus: SurvivorForm['ageStatus']) => void;
  errors: FieldErrors;
}) {
  const { errors } = props;
  return (
    <fieldset class="stack" aria-describedby={described('age-status', errors)['aria-describedby']}>
      <legend>Their age</legend>
      {AGE_STATUSES.map((option) => (
        <Check
          key={option.value}
          id={option.id}
          label={option.label}
          type="radio"
          name="age-status"
          checked={props.value === option.value}
          onChange={() => props.onChange(option.value)}
        />
      ))}
      <FieldError id="age-status" errors={errors} />
    </fieldset>
  );
}
