import { useRef, useState } from 'preact/hooks';
import { ApiError, gql } from '../api';
import type { ConfirmPlacementInput } from '../gql/graphql';
import { ErrorNotice } from '../kit/ui';
import { useOnline } from './connection';
import { CONFIRM } from './model';
import { errorOf, fieldErrorsFrom, focusFirstError, type FieldErrors } from './parts';
import { RETRY_DELAYS_MS, sendWithRetries } from './retry';
import { holdAttempts, searchState } from './store';
import { SurvivorFields } from './survivor-fields';
import { SURVIVOR_CONTROLS, blankSurvivorForm, buildSurvivor, type SurvivorForm } from './survivor-form';
import { SEND_TIMEOUT_MS, isUnanswered, pause } from './use-hold';

/**
 * The confirm step: the survivor's details, then confirmPlacement with the hold's attempt key
 * (attempts.ts): a confirmation whose answer was lost goes again by itself, then by "Try again", and
 * books at most once. `onUnanswered` looks at the placement again: a confirmation that did go through
 * moves the view on.
 */
export function ConfirmForm(props: {
  placementId: string;
  onConfirmed: (id: string) => void;
  onExpired: () => void;
  onUnanswered: () => void;
}) {
  const [form, setFormState] = useState<SurvivorForm>(() => blankSurvivorForm(searchState.run?.guest));
  const [key] = useState(() => holdAttempts.forPlacement(props.placementId).key);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [retry, setRetry] = useState(0);
  const [unanswered, setUnanswered] = useState(false);
  const sent = useRef<ConfirmPlacementInput | undefined>(undefined);
  const setForm = (change: Partial<SurvivorForm>) => setFormState((previous) => ({ ...previous, ...change }));

  async function submit(event: Event) {
    event.preventDefault();
    const built = buildSurvivor(form);
    setErrors(built.errors);
    setError(undefined);
    if (!built.survivor) {
      setError(new ApiError('Some details need checking: see the messages by each one.'));
      focusFirstError(built.errors);
      return;
    }
    sent.current = { placementId: props.placementId, survivor: built.survivor, idempotencyKey: key };
    await send(sent.current);
  }

  async function send(input: ConfirmPlacementInput) {
    setBusy(true);
    setRetry(0);
    setUnanswered(false);
    setError(undefined);
    try {
      const answer = await sendWithRetries(() => gql(CONFIRM, { input }, { timeoutMs: SEND_TIMEOUT_MS }), {
        isUnanswered,
        wait: pause,
        onRetry: setRetry,
      });
      holdAttempts.endPlacement(props.placementId);
      props.onConfirmed(answer.confirmPlacement.id);
    } catch (caught) {
      if (isUnanswered(caught)) {
        setUnanswered(true);
        props.onUnanswered();
        return;
      }
      const apiError = errorOf(caught);
      if (apiError.reason === 'HOLD_EXPIRED') {
        props.onExpired();
        return;
      }
      if (apiError.field === 'input.idempotencyKey') {
        // The first confirmation went through, with the details sent then: the placement shows them.
        setError(new ApiError('This bed was confirmed already, with the details sent the first time.'));
        props.onUnanswered();
        return;
      }
      const onField = fieldErrorsFrom(apiError, SURVIVOR_CONTROLS);
      if (onField) {
        setErrors(onField.errors);
        focusFirstError(onField.errors);
      }
      setError(onField?.error ?? apiError);
    } finally {
      setBusy(false);
    }
  }

  /** The same confirmation again, with the same details and key. */
  function tryAgain() {
    if (sent.current) void send(sent.current);
  }

  // The signal is back: an unanswered confirmation goes again by itself.
  useOnline(() => {
    if (unanswered && !busy) tryAgain();
  });

  return (
    <form class="stack confirm-form" onSubmit={submit} noValidate aria-labelledby="confirm-heading">
      <h2 id="confirm-heading">Confirm for the person</h2>
      <p class="notice">
        Only what the provider needs to take the referral. Haven never asks for immigration status: there is no question
        about it here, and it decides nothing.
      </p>
      <SurvivorFields form={form} setForm={setForm} errors={errors} />
      <ErrorNotice error={error} />
      {busy && retry > 0 && (
        <p class="notice" role="status">
          No answer yet: sending the same confirmation again ({retry} of {RETRY_DELAYS_MS.length})…
        </p>
      )}
      {unanswered && !busy && (
        <div class="notice notice-warn stack" role="alert">
          <p>
            No answer from Haven: the confirmation may or may not have gone through. Trying again sends the same
            details, so the bed is never booked twice.
          </p>
          <button type="button" class="primary wide" onClick={tryAgain}>
            Try again
          </button>
        </div>
      )}
      <button type="submit" class="primary wide" disabled={busy}>
        {busy ? 'Confirming…' : 'Confirm placement'}
      </button>
    </form>
  );
}
