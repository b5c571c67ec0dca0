import type { CancelReason } from './model';
import type { FieldErrors } from './field-errors';

/**
 * Why a placement is cancelled: one of a short list (the API's `why`, which Haven counts: a person
 * turning a place down is demand a bed did not meet), and the words the provider reads (`reason`,
 * required by the API): what the officer typed, or the choice in words.
 */

export const CANCEL_REASONS: readonly { value: CancelReason; id: string; label: string }[] = [
  { value: 'SURVIVOR_DECLINED', id: 'cancel-why', label: 'The person turned the place down' },
  { value: 'SURVIVOR_UNCONTACTABLE', id: 'cancel-why-uncontactable', label: 'We cannot reach the person' },
  { value: 'PLACED_ELSEWHERE', id: 'cancel-why-elsewhere', label: 'Placed somewhere else' },
  { value: 'NO_LONGER_NEEDED', id: 'cancel-why-not-needed', label: 'No longer needed' },
  { value: 'OTHER', id: 'cancel-why-other', label: 'Something else' },
];

export const CANCEL_NOTE_MAX = 500;

/** The variables of cancelPlacement (without the id), or the errors by control. */
export function buildCancel(
  why: CancelReason | '',
  note: string,
): { input?: { reason: string; why: CancelReason }; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const text = note.trim();
  if (!why) errors['cancel-why'] = 'Choose why the placement is cancelled.';
  if (text.length > CANCEL_NOTE_MAX) errors['cancel-note'] = `The note must be at most ${CANCEL_NOTE_MAX} characters.`;
  else if (why === 'OTHER' && !text) errors['cancel-note'] = 'Say why in a few words: you chose "Something else".';
  if (!why || Object.keys(errors).length > 0) return { errors };
  const label = CANCEL_REASONS.find((option) => option.value === why)!.label;
  return { input: { reason: text || `${label}.`, why }, errors };
}
