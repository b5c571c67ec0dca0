import { useState } from 'preact/hooks';
import { gql } from '../api';
import { londonDay } from '../kit/dates';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import type { MoveOnArea } from '../gql/graphql';
import { DECIDE_RNA, EXTEND_SUPPORT, SUBMIT_RNA, type RecoveryNeedsAssessment } from './case-queries';
import { type Done, Note, Step } from './case-step';
import { formatDate } from '../kit/dates';
import { DateField, ErrorField, described, fieldError, formError } from '../kit/form';
import { sentence } from '../kit/words';

const NEEDS: MoveOnArea[] = [
  'ACCOMMODATION',
  'HEALTH',
  'LEGAL_ADVICE',
  'FINANCE_AND_BENEFITS',
  'EMPLOYMENT_AND_EDUCATION',
  'COMMUNITY_AND_WELLBEING',
  'SAFETY',
];

export function RnaOutcome(props: { rna: RecoveryNeedsAssessment; name: string; onDone: Done }) {
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

export function SubmitRna(props: { caseId: string; name: string; onDone: Done }) {
  const [submittedOn, setSubmittedOn] = useState(londonDay());
  const [needs, setNeeds] = useState<MoveOnArea[]>([]);
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

export function Extension(props: { caseId: string; name: string; endsOn: string; onDone: Done }) {
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
