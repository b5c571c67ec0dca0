import { useState } from 'preact/hooks';
import { formatDayAndTime, londonDay } from '../kit/dates';
import { words } from '../kit/words';
import { useQuery } from '../kit/hooks';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { CASE, type NrmDecision, type RecoveryNeedsAssessment, type SupportCaseDetail } from './case-queries';
import { Steps } from './case-steps';
import { endVerb, endsIn, pendingSteps } from './cases';
import { Status } from '../kit/ui';
import { daysBetween, formatDate } from '../kit/dates';
import { survivorName } from '../kit/people';
import { useReloadOn } from '../kit/paging';
import { sentence } from '../kit/words';

/** One case: where support stands, why it ends when it does, and the NRM steps to record. */
export function Case(props: { id: string; opened: boolean; version: number }) {
  const answer = useQuery(CASE, { id: props.id });
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
      {supportCase.status === 'CLOSED' ? (
        <p class="support-end">Support ended with the case.</p>
      ) : (
        <SupportEnd supportCase={supportCase} left={left} pending={pending.length > 0} />
      )}
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

/** When support ends, in days from today, and whether a pending step holds it open. */
function SupportEnd(props: { supportCase: SupportCaseDetail; left: number | null; pending: boolean }) {
  const { supportCase, left } = props;
  return (
    <p class={`support-end ${supportCase.overdue ? 'bad' : left !== null && left <= 14 ? 'warn' : ''}`}>
      {supportCase.supportEndsOn ? (
        <>
          Support {endVerb(left!, props.pending)} <strong>{formatDate(supportCase.supportEndsOn)}</strong> (
          {endsIn(left!)}){supportCase.overdue && ': overdue'}
        </>
      ) : (
        'No end date for support'
      )}
    </p>
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
