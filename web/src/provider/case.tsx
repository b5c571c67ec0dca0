import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { formatDayAndTime, londonDay, words } from '../format';
import { useAction, useQuery } from '../hooks';
import { ErrorNotice, Loading, useTitle } from '../ui';
import {
  CASE,
  DECIDE_RNA,
  EXTEND_SUPPORT,
  RECORD_DECISION,
  RECORD_REFERRAL,
  REQUEST_RECONSIDERATION,
  SUBMIT_RNA,
  WITHDRAW,
  type NrmDecision,
  type RecoveryNeedsAssessment,
  type SupportCaseDetail,
} from './case-queries';
import { endVerb, endsIn, pendingSteps } from './cases';
import { Status, daysBetween, formatDate, survivorName, useReloadOn } from './common';
import { DateField, ErrorField, described, fieldError, formError, sentence } from './form';

const DECISIONS = [
  'POSITIVE_REASONABLE_GROUNDS',
  'NEGATIVE_REASONABLE_GROUNDS',
  'POSITIVE_CONCLUSIVE_GROUNDS',
  'NEGATIVE_CONCLUSIVE_GROUNDS',
];
const NEEDS = [
  'ACCOMMODATION',
  'HEALTH',
  'LEGAL_ADVICE',
  'FINANCE_AND_BENEFITS',
  'EMPLOYMENT_AND_EDUCATION',
  'COMMUNITY_AND_WELLBEING',
  'SAFETY',
];

/** One case: where support stands, why it ends when it does, and the NRM steps to record. */
export function Case(props: { id: string; opened: boolean; version: number }) {
  const answer = useQuery<{ supportCase: SupportCaseDetail | null }>(CASE, { id: props.id });
  useReloadOn(props.version, answer.reload);
  const [message, setMessage] = useState<string | null>(null);
  const supportCase = answer.data?.supportCase;
  const name = supportCase ? survivorName(supportCase.survivor) : 'Case';
  useTitle(supportCase ? `${name}'s case` : 'Case');

  function done(text: string) {
    setMessage(text);
    answer.reload();
  }

  return (
    <>
      <p>
        <a href="#/cases">Back to cases</a>
      </p>
      <ErrorNotice error={answer.error} />
      {!answer.data && answer.loading && <Loading label="Loading the case…" />}
      {answer.data && !supportCase && <p>This case was not found.</p>}
      {supportCase && (
        <>
          <h1>{name}</h1>
          <Status message={message ?? (props.opened ? `Outreach case opened for ${name}.` : null)} />
          <Summary supportCase={supportCase} />
          <History supportCase={supportCase} />
          <Decisions decisions={supportCase.survivor.nrmDecisions} />
          <Assessments assessments={supportCase.recoveryNeedsAssessments} />
          {supportCase.status === 'OPEN' && <Steps supportCase={supportCase} name={name} onDone={done} />}
        </>
      )}
    </>
  );
}

function Summary(props: { supportCase: SupportCaseDetail }) {
  const { supportCase } = props;
  const today = londonDay();
  const left = supportCase.supportEndsOn ? daysBetween(today, supportCase.supportEndsOn) : null;
  const live = supportCase.placements.find((placement) => ['CONFIRMED', 'ARRIVED'].includes(placement.status));
  const pending = pendingSteps(supportCase);
  return (
    <section class="card" aria-label="Where support stands">
      <p class="meta">
        {live
          ? `Resident at ${live.safehouse.name}, ${live.bed.label}`
          : `Outreach${supportCase.area ? `, ${supportCase.area}` : ''}`}{' '}
        · opened {formatDate(supportCase.openedOn)}
        {supportCase.status === 'CLOSED' &&
          ` · closed${supportCase.closedOn ? ` ${formatDate(supportCase.closedOn)}` : ''}${supportCase.closeReason ? ` (${words(supportCase.closeReason)})` : ''}`}
      </p>
      <p class="meta">
        {sentence(words(supportCase.survivor.ageStatus))} · {words(supportCase.survivor.gender)} · NRM:{' '}
        {words(supportCase.survivor.nrmStatus)}
        {supportCase.survivor.nrmReferredOn && `, referred ${formatDate(supportCase.survivor.nrmReferredOn)}`}
      </p>
      <p class={`support-end ${supportCase.overdue ? 'bad' : left !== null && left <= 14 ? 'warn' : ''}`}>
        {supportCase.supportEndsOn ? (
          <>
            Support {endVerb(left!, pending.length > 0)} <strong>{formatDate(supportCase.supportEndsOn)}</strong> (
            {endsIn(left!)}){supportCase.overdue && ': overdue'}
          </>
        ) : (
          'No end date for support'
        )}
      </p>
      {pending.length > 0 && (
        <ul class="pending">
          {pending.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ul>
      )}
      {pending.length > 0 && supportCase.supportEndsOn && (
        <p class="meta">While a step is pending, support does not end.</p>
      )}
    </section>
  );
}

function History(props: { supportCase: SupportCaseDetail }) {
  const history = props.supportCase.supportEndHistory;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Why support ends when it does</h2>
      {history.length === 0 ? (
        <p class="meta">No decision has set an end yet.</p>
      ) : (
        <ol class="history">
          {history.map((change) => (
            <li key={change.at + change.rule}>
              <span class="history-rule">{sentence(change.rule)}</span>
              <br />
              <span class="meta">
                {change.supportEndsOn ? `Ends ${formatDate(change.supportEndsOn)}` : 'No end date'} · recorded by{' '}
                {change.by?.displayName ?? 'Haven'}, {formatDayAndTime(change.at)}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Decisions(props: { decisions: NrmDecision[] }) {
  return (
    <section aria-labelledby="decisions-heading">
      <h2 id="decisions-heading">NRM decisions</h2>
      {props.decisions.length === 0 ? (
        <p class="meta">None recorded.</p>
      ) : (
        <ol class="history">
          {props.decisions.map((decision) => (
            <li key={decision.recordedAt}>
              {sentence(words(decision.decision))}
              {decision.reconsideration && ' (on reconsideration)'}, {formatDate(decision.decidedOn)}
              {decision.notifiedOn && decision.notifiedOn !== decision.decidedOn && (
                <span class="meta">, learned of {formatDate(decision.notifiedOn)}</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Assessments(props: { assessments: RecoveryNeedsAssessment[] }) {
  if (props.assessments.length === 0) return null;
  return (
    <section aria-labelledby="rna-heading">
      <h2 id="rna-heading">Recovery Needs Assessments</h2>
      <ol class="history">
        {props.assessments.map((rna) => (
          <li key={rna.id}>
            Submitted {formatDate(rna.submittedOn)}
            {rna.needs.length > 0 && `: ${rna.needs.map(words).join(', ')}`}
            <br />
            <span class="meta">
              {rna.status === 'PENDING'
                ? 'Pending'
                : rna.supportUntil
                  ? `Decided ${formatDate(rna.decidedOn!)}: support agreed until ${formatDate(rna.supportUntil)}`
                  : `Decided ${formatDate(rna.decidedOn!)}: no further support agreed`}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

type Done = (message: string) => void;

/** The steps that can be recorded on an open case; the API says when one cannot follow the history. */
function Steps(props: { supportCase: SupportCaseDetail; name: string; onDone: Done }) {
  const { supportCase, name, onDone } = props;
  const status = supportCase.survivor.nrmStatus;
  const pendingRna = supportCase.recoveryNeedsAssessments.find((rna) => rna.status === 'PENDING');
  const inNrm = status !== 'NOT_REFERRED' && status !== 'WITHDRAWN';
  return (
    <section aria-labelledby="steps-heading" class="steps">
      <h2 id="steps-heading">Record a step</h2>
      {pendingRna ? (
        <RnaOutcome rna={pendingRna} name={name} onDone={onDone} />
      ) : (
        <SubmitRna caseId={supportCase.id} name={name} onDone={onDone} />
      )}
      {inNrm && <Decision survivorId={supportCase.survivor.id} status={status} name={name} onDone={onDone} />}
      {!inNrm && <Referral survivorId={supportCase.survivor.id} name={name} onDone={onDone} />}
      {status.startsWith('NEGATIVE_') && (
        <Reconsideration survivorId={supportCase.survivor.id} name={name} onDone={onDone} />
      )}
      {supportCase.supportEndsOn && (
        <Extension caseId={supportCase.id} name={name} endsOn={supportCase.supportEndsOn} onDone={onDone} />
      )}
      {inNrm && <Withdrawal survivorId={supportCase.survivor.id} name={name} onDone={onDone} />}
    </section>
  );
}

/** A step behind a disclosure, so the case reads first on a phone. */
function Step(props: {
  title: string;
  open?: boolean;
  busy: boolean;
  submit: string;
  error?: ReturnType<typeof formError>;
  onSubmit: () => void;
  children: ComponentChildren;
}) {
  return (
    <details class="step card" open={props.open}>
      <summary>{props.title}</summary>
      <form
        class="stack"
        noValidate
        aria-label={props.title}
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}
        <ErrorNotice error={props.error} />
        <button type="submit" class="primary wide" disabled={props.busy}>
          {props.busy ? 'Saving…' : props.submit}
        </button>
      </form>
    </details>
  );
}

function RnaOutcome(props: { rna: RecoveryNeedsAssessment; name: string; onDone: Done }) {
  const [decidedOn, setDecidedOn] = useState(londonDay());
  const [agreed, setAgreed] = useState(true);
  const [supportUntil, setSupportUntil] = useState('');
  const [note, setNote] = useState('');
  const action = useAction(() =>
    gql(DECIDE_RNA, {
      input: {
        assessmentId: props.rna.id,
        decidedOn,
        ...(agreed ? { supportUntil } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
    }),
  );
  const error = (field: string) => fieldError(action.error, field);
  return (
    <Step
      title="Record the RNA outcome"
      open
      busy={action.busy}
      submit="Record the outcome"
      error={formError(action.error, ['decidedOn', 'supportUntil', 'note'])}
      onSubmit={async () => {
        if (await action.run()) {
          props.onDone(
            agreed
              ? `RNA recorded: support for ${props.name} agreed until ${formatDate(supportUntil)}.`
              : `RNA recorded: no further support agreed for ${props.name}.`,
          );
        }
      }}
    >
      <p class="meta">Submitted {formatDate(props.rna.submittedOn)}.</p>
      <DateField
        id="rna-decided"
        label="Decided on"
        value={decidedOn}
        onChange={setDecidedOn}
        error={error('decidedOn')}
      />
      <fieldset>
        <legend>Outcome</legend>
        <div class="check">
          <input type="radio" id="rna-agreed" name="rna-outcome" checked={agreed} onChange={() => setAgreed(true)} />
          <label for="rna-agreed">Further support agreed</label>
        </div>
        <div class="check">
          <input type="radio" id="rna-none" name="rna-outcome" checked={!agreed} onChange={() => setAgreed(false)} />
          <label for="rna-none">No further support agreed</label>
        </div>
      </fieldset>
      {agreed && (
        <DateField
          id="rna-until"
          label="Support agreed until"
          value={supportUntil}
          onChange={setSupportUntil}
          error={error('supportUntil')}
        />
      )}
      <Note id="rna-note" value={note} onChange={setNote} error={error('note')} />
    </Step>
  );
}

function SubmitRna(props: { caseId: string; name: string; onDone: Done }) {
  const [submittedOn, setSubmittedOn] = useState(londonDay());
  const [needs, setNeeds] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const action = useAction(() =>
    gql(SUBMIT_RNA, {
      input: { supportCaseId: props.caseId, submittedOn, needs, ...(note.trim() ? { note: note.trim() } : {}) },
    }),
  );
  const error = (field: string) => fieldError(action.error, field);
  return (
    <Step
      title="Submit an RNA"
      busy={action.busy}
      submit="Submit the RNA"
      error={formError(action.error, ['submittedOn', 'note'])}
      onSubmit={async () => {
        if (await action.run())
          props.onDone(`RNA submitted for ${props.name}: support does not end while it is pending.`);
      }}
    >
      <DateField
        id="rna-submitted"
        label="Submitted on"
        value={submittedOn}
        onChange={setSubmittedOn}
        error={error('submittedOn')}
      />
      <fieldset>
        <legend>Needs it names</legend>
        {NEEDS.map((need) => (
          <div class="check" key={need}>
            <input
              type="checkbox"
              id={`rna-need-${need}`}
              checked={needs.includes(need)}
              onChange={(event) =>
                setNeeds(event.currentTarget.checked ? [...needs, need] : needs.filter((n) => n !== need))
              }
            />
            <label for={`rna-need-${need}`}>{sentence(words(need))}</label>
          </div>
        ))}
      </fieldset>
      <Note id="rna-submit-note" value={note} onChange={setNote} error={error('note')} />
    </Step>
  );
}

function Decision(props: { survivorId: string; status: string; name: string; onDone: Done }) {
  const [decision, setDecision] = useState('');
  const [decidedOn, setDecidedOn] = useState(londonDay());
  const [notifiedOn, setNotifiedOn] = useState('');
  const [reconsideration, setReconsideration] = useState(props.status === 'RECONSIDERATION_REQUESTED');
  const action = useAction(() =>
    gql(RECORD_DECISION, {
      input: {
        survivorId: props.survivorId,
        decision,
        decidedOn,
        reconsideration,
        ...(notifiedOn ? { notifiedOn } : {}),
      },
    }),
  );
  const error = (field: string) => fieldError(action.error, field);
  return (
    <Step
      title="Record an NRM decision"
      busy={action.busy}
      submit="Record the decision"
      error={formError(action.error, ['decision', 'decidedOn', 'notifiedOn'])}
      onSubmit={async () => {
        if (await action.run()) props.onDone(`Decision recorded for ${props.name}: ${words(decision)}.`);
      }}
    >
      <ErrorField id="decision-kind" label="Decision" error={error('decision')}>
        <select
          id="decision-kind"
          value={decision}
          onChange={(event) => setDecision(event.currentTarget.value)}
          {...described('decision-kind', error('decision'))}
        >
          <option value="">Choose</option>
          {DECISIONS.map((value) => (
            <option key={value} value={value}>
              {sentence(words(value))}
            </option>
          ))}
        </select>
      </ErrorField>
      <DateField
        id="decision-on"
        label="Decided on"
        value={decidedOn}
        onChange={setDecidedOn}
        error={error('decidedOn')}
      />
      <DateField
        id="decision-notified"
        label="You learned of it on (if later)"
        hint="Support is counted from the later of the two."
        value={notifiedOn}
        onChange={setNotifiedOn}
        error={error('notifiedOn')}
      />
      <div class="check">
        <input
          type="checkbox"
          id="decision-reconsideration"
          checked={reconsideration}
          onChange={(event) => setReconsideration(event.currentTarget.checked)}
        />
        <label for="decision-reconsideration">The outcome of a reconsideration</label>
      </div>
    </Step>
  );
}

/** A step that is a date and a survivor: a referral, a reconsideration request, a withdrawal. */
function DatedStep(props: {
  title: string;
  submit: string;
  query: string;
  survivorId: string;
  dateArgument: string;
  dateLabel: string;
  warning?: string;
  done: string;
  onDone: Done;
}) {
  const [on, setOn] = useState(londonDay());
  const action = useAction(() => gql(props.query, { survivorId: props.survivorId, [props.dateArgument]: on }));
  const id = `step-${props.dateArgument}`;
  return (
    <Step
      title={props.title}
      busy={action.busy}
      submit={props.submit}
      error={formError(action.error, [props.dateArgument])}
      onSubmit={async () => {
        if (await action.run()) props.onDone(props.done);
      }}
    >
      <DateField
        id={id}
        label={props.dateLabel}
        value={on}
        onChange={setOn}
        error={fieldError(action.error, props.dateArgument)}
      />
      {props.warning && <p class="notice notice-warn">{props.warning}</p>}
    </Step>
  );
}

function Referral(props: { survivorId: string; name: string; onDone: Done }) {
  return (
    <DatedStep
      {...props}
      title="Record a referral into the NRM"
      submit="Record the referral"
      query={RECORD_REFERRAL}
      dateArgument="referredOn"
      dateLabel="Referred on"
      done={`${props.name} is referred into the NRM.`}
    />
  );
}

function Reconsideration(props: { survivorId: string; name: string; onDone: Done }) {
  return (
    <DatedStep
      {...props}
      title="Record a reconsideration request"
      submit="Record the request"
      query={REQUEST_RECONSIDERATION}
      dateArgument="requestedOn"
      dateLabel="Requested on"
      done={`Reconsideration requested for ${props.name}: support does not end meanwhile.`}
    />
  );
}

function Withdrawal(props: { survivorId: string; name: string; onDone: Done }) {
  return (
    <DatedStep
      {...props}
      title="Record a withdrawal from the NRM"
      submit="Record the withdrawal"
      query={WITHDRAW}
      dateArgument="on"
      dateLabel="Withdrew on"
      warning="Support ends after the negative period of the stage they were at. Closing the case is a separate step."
      done={`${props.name} has left the NRM.`}
    />
  );
}

function Extension(props: { caseId: string; name: string; endsOn: string; onDone: Done }) {
  const [until, setUntil] = useState('');
  const [reason, setReason] = useState('');
  const action = useAction(() =>
    gql(EXTEND_SUPPORT, { input: { supportCaseId: props.caseId, until, reason: reason.trim() } }),
  );
  const error = (field: string) => fieldError(action.error, field);
  return (
    <Step
      title="Extend support"
      busy={action.busy}
      submit="Extend support"
      error={formError(action.error, ['until', 'reason'])}
      onSubmit={async () => {
        if (await action.run()) props.onDone(`Support for ${props.name} extended until ${formatDate(until)}.`);
      }}
    >
      <DateField
        id="extend-until"
        label="Support until"
        hint={`Later than ${formatDate(props.endsOn)}.`}
        value={until}
        onChange={setUntil}
        error={error('until')}
      />
      <ErrorField id="extend-reason" label="Reason" error={error('reason')}>
        <textarea
          id="extend-reason"
          rows={2}
          value={reason}
          onInput={(event) => setReason(event.currentTarget.value)}
          {...described('extend-reason', error('reason'))}
        />
      </ErrorField>
    </Step>
  );
}

function Note(props: { id: string; value: string; onChange: (value: string) => void; error?: string }) {
  return (
    <ErrorField id={props.id} label="Note (optional)" error={props.error}>
      <textarea
        id={props.id}
        rows={2}
        value={props.value}
        onInput={(event) => props.onChange(event.currentTarget.value)}
        {...described(props.id, props.error)}
      />
    </ErrorField>
  );
}
