import { useState } from 'preact/hooks';
import type { ApiError } from '../api';
import { ErrorNotice } from '../kit/ui';
import { GenderField, NumberField, SelectField } from './fields';
import { useLocate } from './locate';
import { MoreNeeds } from './more-needs';
import { focusFirstError, type FieldErrors } from './parts';
import { errorsInNeeds } from './search-input';
import { needsOpen, storeNeedsOpen, type SearchForm } from './store';
import { HERE, TOWN_OPTIONS, townNamed } from './towns';

/**
 * The search form. Where (the phone's location or a town, and how far) and who (gender) come first,
 * with the Search button, on one phone screen; every other need is behind "More needs", whose state
 * the tab keeps. `onSearch` resolves to the errors by control when the search did not run.
 */
export function SearchFormView(props: {
  form: SearchForm;
  setForm: (change: Partial<SearchForm>) => void;
  errors: FieldErrors;
  error?: ApiError;
  searching: boolean;
  onSearch: () => Promise<FieldErrors | undefined>;
  onCancel?: () => void;
}) {
  const { form, setForm, errors } = props;
  const { locating, message, locate } = useLocate();
  const [open, setOpen] = useState(needsOpen);

  function toggle(next: boolean) {
    setOpen(next);
    storeNeedsOpen(next);
  }

  async function submit(event: Event) {
    event.preventDefault();
    const found = await props.onSearch();
    if (!found) return;
    // An error behind "More needs" must be seen: open it before the focus goes there.
    if (errorsInNeeds(found)) toggle(true);
    focusFirstError(found);
  }

  const here = form.place && !form.place.town;

  return (
    <form class="stack search-form" onSubmit={submit} noValidate>
      <fieldset class="stack">
        <legend>Where</legend>
        <button
          type="button"
          class="wide"
          disabled={locating !== undefined}
          onClick={() => locate('search', (place) => setForm({ place }))}
        >
          {locating === 'search' ? 'Finding your location…' : 'Use my location'}
        </button>
        <p class={`location-status ${message?.error ? 'notice notice-warn' : 'meta'}`} role="status">
          {message?.text ?? ''}
        </p>
        <div class="where-row">
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
            placeholder="Choose…"
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
        </div>
      </fieldset>

      <fieldset class="stack">
        <legend>Who</legend>
        <GenderField
          id="gender"
          value={form.guestGender}
          onChange={(guestGender) => setForm({ guestGender })}
          errors={errors}
        />
      </fieldset>

      <MoreNeeds
        open={open}
        onToggle={toggle}
        form={form}
        setForm={setForm}
        errors={errors}
        locating={locating}
        locate={locate}
      />

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
