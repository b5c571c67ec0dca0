import { useState } from 'preact/hooks';
import { ChosenList, NumberField, SelectField } from './fields';
import type { LocatePurpose } from './locate';
import { focusFirstError, type FieldErrors } from './parts';
import { DISTANCE_ERROR, positiveKm } from './search-input';
import type { AvoidArea, Place } from './store';
import { HERE, TOWN_OPTIONS, townNamed } from './towns';

const MAX_AREAS = 20;

/** Places the person must be kept away from: a town or the phone's location, each with a radius. */
export function AvoidAreas(props: {
  areas: AvoidArea[];
  onChange: (areas: AvoidArea[]) => void;
  locating?: LocatePurpose;
  locate: (purpose: LocatePurpose, then: (place: Place) => void) => void;
  errors: FieldErrors;
}) {
  const { areas, onChange } = props;
  const [choice, setChoice] = useState('');
  const [radius, setRadius] = useState('10');
  const [ownErrors, setOwnErrors] = useState<FieldErrors>({});
  const errors = { ...props.errors, ...ownErrors };

  function add(place: Place) {
    const radiusKm = positiveKm(radius);
    if (radiusKm === null) {
      setOwnErrors({ 'avoid-radius': DISTANCE_ERROR });
      focusFirstError({ 'avoid-radius': DISTANCE_ERROR });
      return;
    }
    if (areas.length >= MAX_AREAS) {
      setOwnErrors({ 'avoid-town': `At most ${MAX_AREAS} areas to avoid.` });
      return;
    }
    setOwnErrors({});
    onChange([...areas, { ...place, radiusKm }]);
    setChoice('');
  }

  function onAdd() {
    if (choice === HERE) {
      props.locate('avoid', add);
      return;
    }
    const town = townNamed(choice);
    if (!town) {
      const message = 'Choose a town, or your current location, to avoid.';
      setOwnErrors({ 'avoid-town': message });
      focusFirstError({ 'avoid-town': message });
      return;
    }
    add({ label: town.name, latitude: town.latitude, longitude: town.longitude });
  }

  return (
    <fieldset class="stack">
      <legend>Areas to avoid</legend>
      <p class="hint">Places the person must be kept away from, such as where they were exploited.</p>
      <ChosenList
        items={areas}
        keyOf={(area, index) => `${area.label}-${index}`}
        nameOf={(area) => area.label}
        onRemove={(_, index) => onChange(areas.filter((_, other) => other !== index))}
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
        value={choice}
        onChange={setChoice}
        placeholder="Choose a town…"
        options={[{ value: HERE, label: 'My current location' }, ...TOWN_OPTIONS]}
        errors={errors}
      />
      <NumberField
        id="avoid-radius"
        label="Within (km)"
        min={1}
        max={1000}
        decimal
        value={radius}
        onInput={setRadius}
        errors={errors}
      />
      <button type="button" disabled={props.locating === 'avoid'} onClick={onAdd}>
        {props.locating === 'avoid' ? 'Finding your location…' : 'Add area to avoid'}
      </button>
    </fieldset>
  );
}
