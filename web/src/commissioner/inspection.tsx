import { useEffect, useRef, useState } from 'preact/hooks';
import { gql } from '../api';
import { formatDayAndTime } from '../kit/dates';
import { useAction, useQuery } from '../kit/hooks';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { BackLink } from './back';
import { formatLongDate } from '../kit/dates';
import { useHeadingFocus } from '../kit/focus';
import {
  INSPECTION,
  RESUME_REFERRALS,
  SUSPEND_REFERRALS,
  VERIFY_ACTION,
  type Inspection,
  type InspectionAction,
  type SafehouseSummary,
} from './queries';
import {
  INSPECTION_KIND_WORDS,
  KEY_QUESTION_WORDS,
  OUTCOME_TONE,
  OUTCOME_WORDS,
  RATING_TONE,
  RATING_WORDS,
} from './words';

/** Roles that verify actions and suspend referrals (the API checks the commissioning too). */
const ACTING_ROLES = ['COMMISSIONER', 'ADMIN'];

/** One inspection on one page: its ratings, findings and required actions, and the house's referrals. */
export function InspectionView(props: { me: Me; id: string }) {
  const answer = useQuery(INSPECTION, { id: props.id });
  const inspection = answer.data?.inspection;
  useTitle(inspection ? `Inspection of ${inspection.safehouse.name}` : 'Inspection');

  if (!answer.data) {
    return answer.error ? (
      <>
        <h1>Inspection</h1>
        <ErrorNotice error={answer.error} />
        <p>
          <BackLink />
        </p>
      </>
    ) : (
      <Loading label="Loading the inspection…" />
    );
  }
  if (!inspection) {
    return (
      <>
        <h1>Inspection not found</h1>
        <p>There is no inspection at this address that you may see.</p>
        <p>
          <BackLink />
        </p>
      </>
    );
  }
  return <InspectionPage key={inspection.id} inspection={inspection} canAct={ACTING_ROLES.includes(props.me.role)} />;
}

function InspectionPage(props: { inspection: Inspection; canAct: boolean }) {
  const heading = useHeadingFocus<HTMLHeadingElement>(props.inspection.id);
  const [actions, setActions] = useState(props.inspection.actions);
  const [house, setHouse] = useState(props.inspection.safehouse);
  const inspection = props.inspection;
  const isLatest = house.latestInspection?.id === inspection.id;

  return (
    <div class="stack inspection">
      <p class="back">
        <BackLink />
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Inspection of {house.name}
      </h1>
      <dl class="facts">
        <div>
          <dt>Provider</dt>
          <dd>{house.provider.name}</dd>
        </div>
        <div>
          <dt>Area</dt>
          <dd>{house.area}</dd>
        </div>
        <div>
          <dt>Inspected</dt>
          <dd>
            {formatLongDate(inspection.inspectedOn)}, {INSPECTION_KIND_WORDS[inspection.kind] ?? inspection.kind}, by{' '}
            {inspection.inspectorName}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {inspection.status === 'PUBLISHED'
              ? `Published${inspection.publishedAt ? ` ${formatDayAndTime(inspection.publishedAt)}` : ''}`
              : 'Draft: seen by commissioners only'}
          </dd>
        </div>
        {inspection.nextInspectionDueOn && (
          <div>
            <dt>Next inspection due</dt>
            <dd>{formatLongDate(inspection.nextInspectionDueOn)}</dd>
          </div>
        )}
        <div>
          <dt>Commissioner</dt>
          <dd>{inspection.commissioner.name}</dd>
        </div>
      </dl>
      {!isLatest && inspection.status === 'PUBLISHED' && house.latestInspection && (
        <p class="notice notice-warn">
          A later inspection of this house has been published.{' '}
          <a href={`#/inspection/${encodeURIComponent(house.latestInspection.id)}`}>See the latest inspection</a>
        </p>
      )}

      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Ratings</h2>
        <p class="overall">
          Overall:{' '}
          <span class={`badge big ${RATING_TONE[inspection.overallRating]}`}>
            {RATING_WORDS[inspection.overallRating]}
          </span>
          {inspection.overallRatingOverridden && <span class="meta"> (overridden)</span>}
        </p>
        {inspection.overallRatingOverridden && inspection.overrideReason && (
          <p class="meta">Why the overall rating was overridden: {inspection.overrideReason}</p>
        )}
        <ul class="cards">
          {inspection.ratings.map((rating) => (
            <li class="card" key={rating.keyQuestion}>
              <h3>{KEY_QUESTION_WORDS[rating.keyQuestion] ?? rating.keyQuestion}</h3>
              <p class="rating-line">
                <span class={`badge ${RATING_TONE[rating.rating]}`}>{RATING_WORDS[rating.rating]}</span>
              </p>
              <p class="summary">{rating.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      {inspection.findings.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">Findings against the care standards</h2>
          <ul class="cards">
            {inspection.findings.map((finding, index) => (
              <li class="card" key={index}>
                <h3>{finding.standard}</h3>
                <p>
                  <span class={`badge ${OUTCOME_TONE[finding.outcome] ?? ''}`}>
                    {OUTCOME_WORDS[finding.outcome] ?? finding.outcome}
                  </span>
                </p>
                {finding.notes && <p class="summary">{finding.notes}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ActionsSection
        actions={actions}
        canAct={props.canAct}
        onChanged={(changed) =>
          setActions((current) =>
            current.map((action) => (action.id === changed.id ? { ...action, ...changed } : action)),
          )
        }
      />

      {props.canAct && <ReferralsSection house={house} onChanged={setHouse} />}
    </div>
  );
}

function actionState(action: InspectionAction): { label: string; tone: string } {
  if (action.status === 'VERIFIED') return { label: 'Verified', tone: 'good' };
  if (action.status === 'COMPLETED') return { label: 'Completed, to verify', tone: 'warn' };
  if (action.overdue) return { label: 'Overdue', tone: 'bad' };
  return { label: 'Open', tone: '' };
}

function ActionsSection(props: {
  actions: InspectionAction[];
  canAct: boolean;
  onChanged: (action: Partial<InspectionAction> & { id: string }) => void;
}) {
  const [said, setSaid] = useState('');
  const verify = useAction((actionId: string) => gql(VERIFY_ACTION, { actionId }));
  const [verifying, setVerifying] = useState<string | null>(null);
  const { actions } = props;
  const overdue = actions.filter((action) => action.overdue).length;

  async function verifyAction(action: InspectionAction) {
    setVerifying(action.id);
    const answer = await verify.run(action.id);
    setVerifying(null);
    if (!answer) return;
    props.onChanged(answer.verifyInspectionAction);
    setSaid(`Verified: ${action.description}`);
    document.getElementById(`action-${action.id}`)?.focus();
  }

  return (
    <section aria-labelledby="actions-heading">
      <h2 id="actions-heading">Required actions</h2>
      {actions.length === 0 ? (
        <p class="meta">This inspection requires no actions.</p>
      ) : (
        <p class="meta">
          {actions.length} {actions.length === 1 ? 'action' : 'actions'}
          {overdue > 0 ? `, ${overdue} overdue` : ''}.
        </p>
      )}
      <ErrorNotice error={verify.error} />
      <p class="visually-hidden" role="status">
        {said}
      </p>
      <ol class="cards actions">
        {actions.map((action) => {
          const state = actionState(action);
          return (
            <li class="card" key={action.id}>
              <h3 id={`action-${action.id}`} tabIndex={-1}>
                {action.description}
              </h3>
              <p class="row">
                <span class={`badge ${state.tone}`}>{state.label}</span>
                <span class="meta">
                  Due {formatLongDate(action.dueOn)}
                  {action.keyQuestion ? ` · ${KEY_QUESTION_WORDS[action.keyQuestion] ?? action.keyQuestion}` : ''}
                </span>
              </p>
              {action.evidence && (
                <div class="evidence">
                  <p class="meta">
                    Evidence{action.completedAt ? `, completed ${formatDayAndTime(action.completedAt)}` : ''}:
                  </p>
                  <p>{action.evidence}</p>
                </div>
              )}
              {action.verifiedAt && <p class="meta">Verified {formatDayAndTime(action.verifiedAt)}</p>}
              {props.canAct && action.status === 'COMPLETED' && (
                <button
                  type="button"
                  class="primary"
                  disabled={verify.busy}
                  aria-describedby={`action-${action.id}`}
                  onClick={() => verifyAction(action)}
                >
                  {verifying === action.id ? 'Verifying…' : 'Verify action'}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function ReferralsSection(props: { house: SafehouseSummary; onChanged: (house: SafehouseSummary) => void }) {
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

  useEffect(() => {
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
