import type { ComponentChildren } from 'preact';
import { Field } from '../kit/ui';
import {
  AGE_BANDS,
  DEPENDANT_GENDERS,
  addDependantId,
  dependantIds,
  dependantWords,
  emptyDependant,
  type Dependant,
  type DependantRow,
} from './dependants';
import { LANGUAGES } from '../kit/languages';
import { GENDERS, type Gender } from './model';
import { FieldError, described, type FieldErrors } from './parts';

/**
 * The controls the search and the hold's survivor form share: each one labelled, with its hint and
 * its error wired to it (aria-describedby, aria-invalid) the same way wherever it stands.
 */

export interface Option<T extends string = string> {
  value: T;
  label: string;
}

/** The languages as a select's options. */
export const LANGUAGE_OPTIONS: readonly Option[] = LANGUAGES.map((language) => ({
  value: language.code,
  label: language.name,
}));

/** A labelled control (the children) with its hint above it and its error below it. */
export function LabelledField(props: {
  id: string;
  label: string;
  hint?: string;
  errors?: FieldErrors;
  children: ComponentChildren;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint}>
      {props.children}
      {props.errors && <FieldError id={props.id} errors={props.errors} />}
    </Field>
  );
}

/** A select: `placeholder` is the first, empty choice. Without `errors` it has no error wiring. */
export function Select<T extends string>(props: {
  id: string;
  value: T | '';
  onChange: (value: T) => void;
  options: readonly Option<T>[];
  placeholder?: string;
  errors?: FieldErrors;
  hint?: boolean;
  class?: string;
}) {
  return (
    <select
      id={props.id}
      class={props.class}
      value={props.value}
      onChange={(event) => props.onChange(event.currentTarget.value as T)}
      {...(props.errors && described(props.id, props.errors, props.hint))}
    >
      {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
      {props.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A labelled select with its hint and error. */
export function SelectField<T extends string>(props: {
  id: string;
  label: string;
  hint?: string;
  value: T | '';
  onChange: (value: T) => void;
  options: readonly Option<T>[];
  placeholder?: string;
  errors?: FieldErrors;
}) {
  const { label, hint, ...select } = props;
  return (
    <LabelledField id={props.id} label={label} hint={hint} errors={props.errors}>
      <Select {...select} hint={Boolean(hint)} />
    </LabelledField>
  );
}

/** The person's gender, to choose (one of GENDERS). */
export function GenderField(props: {
  id: string;
  value: Gender | '';
  onChange: (gender: Gender) => void;
  errors: FieldErrors;
}) {
  return <SelectField {...props} label="Gender" placeholder="Choose…" options={GENDERS} />;
}

/** A labelled number input, typed as text so a half-typed value is kept and checked. */
export function NumberField(props: {
  id: string;
  label: string;
  hint?: string;
  min: number;
  max: number;
  decimal?: boolean;
  value: string;
  onInput: (value: string) => void;
  errors: FieldErrors;
}) {
  return (
    <LabelledField id={props.id} label={props.label} hint={props.hint} errors={props.errors}>
      <input
        id={props.id}
        type="number"
        inputMode={props.decimal ? 'decimal' : 'numeric'}
        min={props.min}
        max={props.max}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        {...described(props.id, props.errors, Boolean(props.hint))}
      />
    </LabelledField>
  );
}

/**
 * The dependants coming too, one by one: each one's age and whether a boy or a girl, so a house's
 * rule on boys' age is applied. "Add a dependant" adds one and moves the focus to its age; "Remove"
 * takes one out. The controls' ids come from `prefix` (dependants.ts: dependantIds, addDependantId).
 */
export function DependantsList(props: {
  prefix: string;
  max: number;
  hint?: string;
  rows: DependantRow[];
  onChange: (rows: DependantRow[]) => void;
  errors: FieldErrors;
}) {
  const { prefix, rows, errors } = props;
  const addId = addDependantId(prefix);
  const set = (index: number, change: Partial<DependantRow>) =>
    props.onChange(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));
  function add() {
    props.onChange([...rows, emptyDependant()]);
    const id = dependantIds(prefix, rows.length).ageBand;
    requestAnimationFrame(() => document.getElementById(id)?.focus());
  }
  function remove(index: number) {
    props.onChange(rows.filter((_, at) => at !== index));
    requestAnimationFrame(() => document.getElementById(addId)?.focus());
  }
  const hintId = props.hint ? `${prefix}-hint` : undefined;
  return (
    <fieldset class="stack dependants" aria-describedby={hintId}>
      <legend>Dependants coming too</legend>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {rows.length === 0 && <p class="meta">None.</p>}
      {rows.length > 0 && (
        <ol class="dependant-list">
          {rows.map((row, index) => {
            const ids = dependantIds(prefix, index);
            const name = row.ageBand && row.gender ? dependantWords(row as Dependant) : `dependant ${index + 1}`;
            return (
              <li key={index} class="dependant">
                <LabelledField id={ids.ageBand} label={`Dependant ${index + 1}: age`} errors={errors}>
                  <Select
                    id={ids.ageBand}
                    value={row.ageBand}
                    onChange={(ageBand) => set(index, { ageBand })}
                    placeholder="Choose…"
                    options={AGE_BANDS}
                    errors={errors}
                  />
                </LabelledField>
                <LabelledField id={ids.gender} label={`Dependant ${index + 1}: boy or girl`} errors={errors}>
                  <Select
                    id={ids.gender}
                    value={row.gender}
                    onChange={(gender) => set(index, { gender })}
                    placeholder="Choose…"
                    options={DEPENDANT_GENDERS}
                    errors={errors}
                  />
                </LabelledField>
                <button type="button" class="dependant-remove" onClick={() => remove(index)}>
                  Remove<span class="visually-hidden"> {name}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <div>
        <button
          type="button"
          id={addId}
          disabled={rows.length >= props.max}
          onClick={add}
          {...described(addId, errors)}
        >
          Add a dependant
        </button>
        <FieldError id={addId} errors={errors} />
      </div>
    </fieldset>
  );
}

/** A labelled one-line text input (not filled in by the browser). */
export function TextField(props: {
  id: string;
  label: string;
  maxLength: number;
  value: string;
  onInput: (value: string) => void;
  errors: FieldErrors;
}) {
  return (
    <LabelledField id={props.id} label={props.label} errors={props.errors}>
      <input
        id={props.id}
        type="text"
        autoComplete="off"
        maxLength={props.maxLength}
        value={props.value}
        onInput={(event) => props.onInput(event.currentTarget.value)}
        {...described(props.id, props.errors)}
      />
    </LabelledField>
  );
}

/** A checkbox, or a radio button of the group `name`, with its label after it; with `errors`, its error below. */
export function Check(props: {
  id: string;
  label: string;
  type?: 'checkbox' | 'radio';
  name?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  errors?: FieldErrors;
}) {
  const box = (
    <div class="check">
      <input
        id={props.id}
        type={props.type ?? 'checkbox'}
        name={props.name}
        checked={props.checked}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
        {...(props.errors && described(props.id, props.errors))}
      />
      <label for={props.id}>{props.label}</label>
    </div>
  );
  if (!props.errors) return box;
  return (
    <div>
      {box}
      <FieldError id={props.id} errors={props.errors} />
    </div>
  );
}

/** Whether the person needs an accessible bed. */
export function AccessibleBedCheck(props: { id: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return <Check {...props} label="Needs an accessible bed" />;
}

/** What has been chosen so far, each with a button to remove it ("Remove Arabic" to a screen reader). */
export function ChosenList<T>(props: {
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  nameOf: (item: T) => string;
  children: (item: T) => ComponentChildren;
  onRemove: (item: T, index: number) => void;
}) {
  if (props.items.length === 0) return null;
  return (
    <ul class="avoid-list">
      {props.items.map((item, index) => (
        <li key={props.keyOf(item, index)}>
          <span>{props.children(item)}</span>
          <button type="button" onClick={() => props.onRemove(item, index)}>
            Remove<span class="visually-hidden"> {props.nameOf(item)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
