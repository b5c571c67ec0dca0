/** Suspending and resuming referrals to a house, with the reason, after a confirmation. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { gql } from '../api';
import { useAction } from '../kit/hooks';
import { ErrorNotice } from '../kit/ui';
import { RESUME_REFERRALS, SUSPEND_REFERRALS, type SafehouseSummary } from './queries';

export function ReferralsSection(props: { house: SafehouseSummary; onChanged: (house: SafehouseSummary) => void }) {
  const { house } = props;
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [said, setSaid] = useState('');
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const suspendButton = useRef<HTMLButtonElement>(null);
  const resumeButton = useRef<HTMLButtonElement>(null);
  const suspendAction = useAction(() => gql(SUSPEND_REFERRALS, { safehouseId: house.id, reason: reason.trim() }));
  const resumeAction = useAction(() => gql(RESUME_REFERRALS, { safehouseId: house.id }));
  // one error and one busy flag for the two: only one of them is offered at a time
  const change = house.referralsSuspended ? resumeAction : suspendAction;

  useLayoutEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  function askToSuspend(event: Event) {
    event.preventDefault();
    change.clearError();
    // As the API checks it: a reason is required, at most 2,000 characters.
    const text = reason.trim();
    if (!text) return setReasonError('Say why referrals are suspended.');
    if (text.length > 2000) return setReasonError('The reason must be at most 2,000 characters.');
    setReasonError('');
    setConfirming(true);
  }

  function cancel() {
    setConfirming(false);
    requestAnimationFrame(() => suspendButton.current?.focus());
  }

  async function suspend() {
    const answer = await suspendAction.run();
    setConfirming(false);
    if (!answer?.suspendReferrals) return;
    props.onChanged(answer.suspendReferrals);
    setReason('');
    setSaid(`Referrals to ${house.name} are suspended.`);
    requestAnimationFrame(() => resumeButton.current?.focus());
  }

  async function resume() {
    const answer = await resumeAction.run();
    if (!answer?.resumeReferrals) return;
    props.onChanged(answer.resumeReferrals);
    setSaid(`Referrals to ${house.name} are open again.`);
    requestAnimationFrame(() => suspendButton.current?.focus());
  }

  const fieldError = reasonError || (change.error?.field === 'reason' ? change.error.message : '');

  return (
    <section aria-labelledby="referrals-heading" class="stack">
      <h2 id="referrals-heading">Referrals to {house.name}</h2>
      <p class="visually-hidden" role="status">
        {said}
      </p>
      {change.error && change.error.field !== 'reason' && <ErrorNotice error={change.error} />}
      {house.referralsSuspended ? (
        <>
          <p class="notice notice-warn">
            Referrals are suspended: duty officers do not find this house and no new hold is taken.
            {house.suspensionReason ? ` Reason: ${house.suspensionReason}` : ''}
          </p>
          <button type="button" ref={resumeButton} disabled={change.busy} onClick={resume}>
            {change.busy ? 'Resuming…' : 'Resume referrals'}
          </button>
        </>
      ) : confirming ? (
        <div class="card confirm" role="group" aria-labelledby="confirm-heading">
          <h3 id="confirm-heading" ref={confirmHeading} tabIndex={-1}>
            Suspend referrals to {house.name}?
          </h3>
          <p>
            Duty officers will stop finding this house and new holds will be refused. Placements already made stand.
            Reason: {reason.trim()}
          </p>
          <div class="row">
            <button type="button" class="danger" disabled={change.busy} onClick={suspend}>
              {change.busy ? 'Suspending…' : 'Yes, suspend referrals'}
            </button>
            <button type="button" disabled={change.busy} onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <form class="stack" onSubmit={askToSuspend} noValidate>
          <p class="meta">Referrals are open: duty officers can find and hold beds here.</p>
          <div class="field">
            <label for="suspend-reason">Why suspend referrals?</label>
            <p class="hint" id="suspend-reason-hint">
              Kept with the house's history. At most 2,000 characters.
            </p>
            <textarea
              id="suspend-reason"
              rows={3}
              maxLength={2000}
              value={reason}
              aria-invalid={fieldError ? 'true' : undefined}
              aria-describedby={fieldError ? 'suspend-reason-hint suspend-reason-error' : 'suspend-reason-hint'}
              onInput={(event) => setReason(event.currentTarget.value)}
            />
            {fieldError && (
              <p class="field-error bad" id="suspend-reason-error">
                {fieldError}
              </p>
            )}
          </div>
          <button type="submit" class="danger" ref={suspendButton} disabled={change.busy}>
            Suspend referrals…
          </button>
        </form>
      )}
    </section>
  );
}
