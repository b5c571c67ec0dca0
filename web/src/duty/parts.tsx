import { ApiError } from '../api';
import { described as describedBy } from '../kit/form';
import type { FieldErrors } from './field-errors';

/** Form errors by control id. */
export type { FieldErrors };

/**
 * The API names the field (`input.survivor.preferredName`, `input.avoid.0.radiusKm`); this finds the
 * form's control for it and says the API's message with the field in words ("Nights must be 1 to 365.").
 */
export function apiFieldError(
  error: ApiError | undefined,
  controls: Record<string, { id: string; label: string }>,
): { id: string; message: string } | undefined {
  if (!error?.field) return undefined;
  const path = error.field.split('.');
  for (let length = path.length; length > 0; length--) {
    const key = path
      .slice(0, length)
      .filter((part) => !/^\d+$/.test(part))
      .join('.');
    const control = controls[key];
    if (!control) continue;
    const named = error.field;
    let message = error.message;
    if (message.startsWith(`${named}: `)) message = `${control.label}: ${message.slice(named.length + 2)}`;
    else if (message.startsWith(`${named} `)) message = `${control.label} ${message.slice(named.length + 1)}`;
    return { id: control.id, message };
  }
  return undefined;
}

/**
 * A failed submit's error, when the API lays it on one of the form's fields: the error by that
 * control, to show and focus, and the error to show above the button with the field in words.
 */
export function fieldErrorsFrom(
  error: ApiError,
  controls: Record<string, { id: string; label: string }>,
): { errors: FieldErrors; error: ApiError } | undefined {
  const field = apiFieldError(error, controls);
  if (!field) return undefined;
  return {
    errors: { [field.id]: field.message },
    error: new ApiError(field.message, error.code, error.reason, error.field),
  };
}

/** The message under a control; the control names it with aria-describedby `${id}-error`. */
export function FieldError(props: { id: string; errors: FieldErrors }) {
  const message = props.errors[props.id];
  if (!message) return null;
  return (
    <p class="field-error" id={`${props.id}-error`}>
      {message}
    </p>
  );
}

/** aria attributes of a control with a hint and maybe an error: the kit's, for errors by control. */
export function described(id: string, errors: FieldErrors, hint = false) {
  return describedBy(id, errors[id], hint ? 'hint' : undefined);
}

/** Moves focus to the first control with an error. */
export function focusFirstError(errors: FieldErrors): void {
  const first = Object.keys(errors)[0];
  if (first) requestAnimationFrame(() => document.getElementById(first)?.focus());
}

/** The provider's 24/7 line as a link that dials on a phone. */
export function PhoneLink(props: { phone: string; provider: string }) {
  const dial = props.phone.replace(/[^+0-9]/g, '');
  return (
    <a class="button phone" href={`tel:${dial}`}>
      Call {props.provider} (24/7): {props.phone}
    </a>
  );
}

export function errorOf(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError('Something went wrong. Try again.');
}
