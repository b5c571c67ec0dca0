import { AvoidAreas } from './avoid-areas';
import {
  AccessibleBedCheck,
  Check,
  DependantsList,
  LANGUAGE_OPTIONS,
  LabelledField,
  NumberField,
  SelectField,
  type Option,
} from './fields';
import { toLondonInput } from './london';
import { kindLabel, type SafehouseKind } from './model';
import type { LocatePurpose } from './locate';
import { described, type FieldErrors } from './parts';
import { DEPENDANTS_PREFIX, PRE_NRM_MAX_NIGHTS, SEARCH_MAX_DEPENDANTS } from './search-input';
import { needsSet } from './search-words';
import type { Place, SearchForm } from './store';

const KIND_OPTIONS: readonly Option<SafehouseKind | 'ANY'>[] = [
  { value: 'ANY', label: 'Any kind' },
  { value: 'SAFEHOUSE', label: kindLabel('SAFEHOUSE') },
  { value: 'PRE_NRM_EMERGENCY', label: kindLabel('PRE_NRM_EMERGENCY') },
];

/**
 * Everything the search can ask beyond where and who, folded away so the first screen is the search.
 * Its summary says what is set inside, so nothing folded away narrows the search unseen.
 */
export function MoreNeeds(props: {
  open: boolean;
  onToggle: (open: boolean) => void;
  form: SearchForm;
  setForm: (change: Partial<SearchForm>) => void;
  errors: FieldErrors;
  locating?: LocatePurpose;
  locate: (purpose: LocatePurpose, then: (place: Place) => void) => void;
}) {
  const { form, setForm, errors } = props;
  const set = needsSet(form);
  return (
    <details class="more-needs" open={props.open} onToggle={(event) => props.onToggle(event.currentTarget.open)}>
      <summary>
        <span class="more-needs-title">More needs</span>
        <span class="more-needs-set">
          {set.length > 0 ? set.join(', ') : 'Dependants, access, language, when, nights, areas to avoid'}
        </span>
      </summary>
      <div class="stack more-needs-body">
        <fieldset class="stack">
          <legend>Who else, and what they need</legend>
          <DependantsList
            prefix={DEPENDANTS_PREFIX}
            max={SEARCH_MAX_DEPENDANTS}
            hint="Children or others who will stay in the same room. Some houses take boys only up to an age."
            rows={form.dependants}
            onChange={(dependants) => setForm({ dependants })}
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
            label="Their language"
            hint="Houses whose staff speak it come first; the others still show."
            value={form.language}
            onChange={(language) => setForm({ language })}
            placeholder="Not asked"
            options={LANGUAGE_OPTIONS}
            errors={errors}
          />
          {form.language && (
            <Check
              id="language-only"
              label="Only houses whose staff speak it"
              checked={form.languageOnly}
              onChange={(languageOnly) => setForm({ languageOnly })}
            />
          )}
          <Check
            id="interpreter-needed"
            label="Needs an interpreter"
            checked={form.interpreterNeeded}
            onChange={(interpreterNeeded) => setForm({ interpreterNeeded })}
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

        <AvoidAreas
          areas={form.avoid}
          onChange={(avoid) => setForm({ avoid })}
          locating={props.locating}
          locate={props.locate}
          errors={errors}
        />
      </div>
    </details>
  );
}
