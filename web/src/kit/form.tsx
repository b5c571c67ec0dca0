import type { ComponentChildren } from 'preact';
import { ApiError } from '../api';
import { Field } from './ui';

/**
 * The API's message when it names this field (`input.survivor.gender`, `referredOn`): shown next to
 * the field, not at the top of the form. `name` is the field's path under the input, if any.
 */
export function fieldError(error: ApiError | undefined, name: string): string | undefined {
  if (!error?.field) return undefined;
  const path = error.field.replace(/^input\./, '');
  return path === name || path === `survivor.${name}` ? error.message : undefined;
}

/** The error of a form that no field of it shows: said once, above the buttons. */
export function formError(error: ApiError | undefined, names: string[]): ApiError | undefined {
  if (!error) return undefined;
  return names.some((name) => fieldError(error, name)) ? undefined : error;
}

/** What a control needs to have its hint and error read out with it. */
export function described(id: string, error?: string, hint?: string) {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { 'aria-describedby': ids || undefined, 'aria-invalid': error ? true : undefined };
}

/** ui.tsx's Field with the API's error for it underneath. */
export function ErrorField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <Field id={props.id} label={props.label} hint={props.hint}>
      {props.children}
      {props.error && (
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
    </Field>
  );
}

/** A date (YYYY-MM-DD) with its label and error. */
export function DateField(props: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}) {
  return (
    <ErrorField id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={props.id}
        type="date"
        value={props.value}
        required={props.required}
        onInput={(event) => props.onChange(event.currentTarget.value)}
        {...described(props.id, props.error, props.hint)}
      />
    </ErrorField>
  );
}

/**
 * A select's value once something is chosen: the enum's own type for the API. While it still says
 * "Choose", throws the error a useAction shows next to the field, and nothing is sent.
 */
export function chosen<E extends string>(value: E | '', field: string, message: string): E {
  if (value === '') throw new ApiError(message, 'BAD_USER_INPUT', undefined, field);
  return value;
}
