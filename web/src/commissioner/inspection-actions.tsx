/** An inspection's required actions: their state, and verifying the ones a provider completed. */
import { useState } from 'preact/hooks';
import { gql } from '../api';
import { formatDayAndTime } from '../kit/dates';
import { useAction } from '../kit/hooks';
import { ErrorNotice } from '../kit/ui';
import { formatLongDate } from '../kit/dates';
import { VERIFY_ACTION, type InspectionAction } from './queries';
import { KEY_QUESTION_WORDS } from './words';

function actionState(action: InspectionAction): { label: string; tone: string } {
  if (action.status === 'VERIFIED') return { label: 'Verified', tone: 'good' };
  if (action.status === 'COMPLETED') return { label: 'Completed, to verify', tone: 'warn' };
  if (action.overdue) return { label: 'Overdue', tone: 'bad' };
  return { label: 'Open', tone: '' };
}

export function ActionsSection(props: {
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
