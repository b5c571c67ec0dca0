import { useEffect, useState } from 'preact/hooks';
import { gql } from '../api';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import { formatDate } from '../kit/dates';
import { ErrorNotice } from '../kit/ui';
import { GOAL_STATUSES, UPDATE_GOAL, type Goal, type GoalStatus } from './queries';
import { label } from './words';

/** A move-on goal the worker owns: its status one tap away, and a note of where it stands. */
export function GoalItem(props: { goal: Goal; onDone: (text: string) => void }) {
  const { goal } = props;
  const [note, setNote] = useState(goal.note ?? '');
  // The answer's status shows at once; the caseload's reload then brings the same.
  const [shown, setShown] = useState(goal.status);
  useEffect(() => setShown(goal.status), [goal.status]);
  const update = useAction((input: { status?: GoalStatus; note?: string | null }) =>
    gql(UPDATE_GOAL, { goalId: goal.id, input }),
  );
  const noteId = `goal-${goal.id}-note`;
  const legendId = `goal-${goal.id}-name`;

  async function setStatus(status: GoalStatus) {
    if (update.busy || shown === status) return;
    const answer = await update.run({ status });
    if (!answer) return;
    setShown(answer.updateMoveOnGoal.status);
    props.onDone(`${goal.description}: ${words(status)}.`);
  }

  async function saveNote(event: Event) {
    event.preventDefault();
    if (update.busy) return;
    if (note.trim() === (goal.note ?? '')) return props.onDone(`No change to the note on ${goal.description}.`);
    const answer = await update.run({ note: note.trim() || null });
    if (answer) props.onDone(`Note saved on ${goal.description}.`);
  }

  return (
    <li class="goal stack">
      <p id={legendId} class="goal-name">
        {goal.description}
      </p>
      <p class="meta">
        {label(goal.area)}
        {goal.dueOn ? ` · due ${formatDate(goal.dueOn)}` : ''}
      </p>
      <div class="goal-status" role="group" aria-labelledby={legendId}>
        {GOAL_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            aria-pressed={shown === status}
            aria-disabled={update.busy || undefined}
            onClick={() => setStatus(status)}
          >
            {statusWords(status)}
          </button>
        ))}
      </div>
      <form class="stack" onSubmit={saveNote}>
        <label for={noteId}>Note on “{goal.description}”</label>
        <textarea id={noteId} rows={2} maxLength={2000} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" aria-disabled={update.busy || undefined} aria-label={`Save note on ${goal.description}`}>
          Save note
        </button>
      </form>
      <ErrorNotice error={update.error} />
    </li>
  );
}

function statusWords(status: GoalStatus): string {
  return { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', DONE: 'Done', BLOCKED: 'Blocked' }[status];
}
