import { CloseCase } from './case-close';
import { Decision, Referral, Reconsideration, Withdrawal } from './case-nrm-steps';
import type { SupportCaseDetail } from './case-queries';
import type { Done } from './case-step';
import { Extension, RnaOutcome, SubmitRna } from './case-support-steps';

/** The steps that can be recorded on an open case; the API says when one cannot follow the history. */
export function Steps(props: { supportCase: SupportCaseDetail; name: string; onDone: Done }) {
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
      <CloseCase caseId={supportCase.id} name={name} onDone={onDone} />
    </section>
  );
}
