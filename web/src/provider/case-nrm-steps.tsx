import { useState } from 'preact/hooks';
import { gql } from '../api';
import { londonDay } from '../kit/dates';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import { RECORD_DECISION, RECORD_REFERRAL, REQUEST_RECONSIDERATION, WITHDRAW } from './case-queries';
import { type Done, Step } from './case-step';
import type { Document } from '../api';
import type { NrmDecisionKind } from '../gql/graphql';
import { DateField, ErrorField, chosen, described, fieldError, formError } from '../kit/form';
import { sentence } from '../kit/words';

const DECISIONS: NrmDecisionKind[] = [
  'POSITIVE_REASONABLE_GROUNDS',
  'NEGATIVE_REASONABLE_GROUNDS',
  'POSITIVE_CONCLUSIVE_GROUNDS',
  'NEGATIVE_CONCLUSIVE_GROUNDS',
];

export function Decision(props: { survivorId: string; status: string; name: string; onDone: Done }) {
  const [decision, setDecision] = useState<NrmDecisionKind | ''>('');
  const [decidedOn, setDecidedOn] = useState(londonDay());
  const [notifiedOn, setNotifiedOn] = useState('');
  const [reconsideration, setReconsideration] = useState(props.status === 'RECONSIDERATION_REQUESTED');
  const action = useAction(() =>
    gql(RECORD_DECISION, {
      input: {
        survivorId: props.survivorId,
        decision: chosen(decision, 'decision', 'Choose the decision.'),
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
          onChange={(event) => setDecision(event.currentTarget.value as NrmDecisionKind)}
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
function DatedStep<Argument extends string>(props: {
  title: string;
  submit: string;
  query: Document<unknown, { survivorId: string } & Record<Argument, string>>;
  survivorId: string;
  dateArgument: Argument;
  dateLabel: string;
  warning?: string;
  done: string;
  onDone: Done;
}) {
  const [on, setOn] = useState(londonDay());
  const action = useAction(() =>
    gql(props.query, { survivorId: props.survivorId, [props.dateArgument]: on } as { survivorId: string } & Record<
      Argument,
      string
    >),
  );
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

export function Referral(props: { survivorId: string; name: string; onDone: Done }) {
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

export function Reconsideration(props: { survivorId: string; name: string; onDone: Done }) {
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

export function Withdrawal(props: { survivorId: string; name: string; onDone: Done }) {
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
