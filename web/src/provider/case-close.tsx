import { useState } from 'preact/hooks';
import { gql } from '../api';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import { CLOSE_CASE } from './case-queries';
import { type Done, Note, Step } from './case-step';
import type { SupportCaseCloseReason } from '../gql/graphql';
import { ErrorField, chosen, described, fieldError, formError } from '../kit/form';
import { sentence } from '../kit/words';

const REASONS: SupportCaseCloseReason[] = [
  'MOVED_ON',
  'TRANSFERRED',
  'WITHDRAWN_FROM_NRM',
  'NOT_TAKEN_UP',
  'MISSING',
  'OTHER',
];

/** The last step: the case closes with a reason; the API refuses while someone is in a bed of it. */
export function CloseCase(props: { caseId: string; name: string; onDone: Done }) {
  const [reason, setReason] = useState<SupportCaseCloseReason | ''>('');
  const [note, setNote] = useState('');
  const action = useAction(() =>
    gql(CLOSE_CASE, {
      id: props.caseId,
      reason: chosen(reason, 'reason', 'Choose why the case closes.'),
      ...(note.trim() ? { note: note.trim() } : {}),
    }),
  );
  const error = (field: string) => fieldError(action.error, field);
  return (
    <Step
      title="Close the case"
      busy={action.busy}
      submit="Close the case"
      error={formError(action.error, ['reason', 'note'])}
      onSubmit={async () => {
        if (await action.run()) props.onDone(`${props.name}'s case is closed.`);
      }}
    >
      <p class="meta">
        Closing ends the support workers' assignments and any move-on plan not yet done. Someone still in a bed of this
        case leaves first: record their departure.
      </p>
      <ErrorField id="close-reason" label="Why it closes" error={error('reason')}>
        <select
          id="close-reason"
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value as SupportCaseCloseReason)}
          {...described('close-reason', error('reason'))}
        >
          <option value="">Choose</option>
          {REASONS.map((value) => (
            <option key={value} value={value}>
              {sentence(words(value))}
            </option>
          ))}
        </select>
      </ErrorField>
      <Note id="close-note" value={note} onChange={setNote} error={error('note')} />
    </Step>
  );
}
