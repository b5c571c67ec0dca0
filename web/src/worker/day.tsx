import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { londonDay } from '../kit/dates';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { ShowMore, usePagedQuery, type Connection } from '../kit/paging';
import { Status } from '../kit/ui';
import { addDays, daysBetween, formatDate } from '../kit/dates';
import { languageName } from '../kit/languages';
import { survivorName } from '../kit/people';
import { GoalItem } from './goal';
import { CASELOAD, PAGE, type SupportCase } from './queries';
import { RnaForm } from './rna';

/** Support ending this close (or already past) comes first. */
const SOON_DAYS = 14;

/**
 * The support worker's day: the people they are assigned to now, the ones whose support ends soon
 * (or is overdue) first, with what is pending, the move-on goals they own and an RNA to submit.
 */
export function Day(props: { me: Me }) {
  useTitle('My day');
  const list = usePagedQuery(
    CASELOAD,
    {},
    (data: { supportCases: Connection<SupportCase> }) => data.supportCases,
    PAGE,
  );
  const [message, setMessage] = useState<string | null>(null);
  // A goal's card stays where it is, so its update is announced without moving focus from the button.
  const [said, setSaid] = useState('');
  const today = londonDay();
  const cases = list.nodes && sortByUrgency(list.nodes, today);

  function done(text: string) {
    setMessage(text);
    list.reload();
  }

  function goalSaved(text: string) {
    setSaid(text);
    list.reload();
  }

  return (
    <>
      <h1>My day</h1>
      <p class="lede">The people you support, those whose support ends within {SOON_DAYS} days first.</p>
      <Status message={message} />
      <p class="visually-hidden" role="status" data-testid="goal-status">
        {said}
      </p>
      <ErrorNotice error={list.error} />
      {!cases && list.loading && <Loading label="Loading your caseload…" />}
      {cases && cases.length === 0 && <p>No one is assigned to you at the moment.</p>}
      {cases && cases.length > 0 && (
        <ul class="cards">
          {cases.map((supportCase) => (
            <CaseCard
              key={supportCase.id}
              supportCase={supportCase}
              me={props.me}
              today={today}
              onDone={done}
              onGoalSaved={goalSaved}
            />
          ))}
        </ul>
      )}
      <ShowMore list={list} what="cases" />
    </>
  );
}

function soon(supportCase: SupportCase, today: string): boolean {
  return (
    supportCase.overdue ||
    (supportCase.supportEndsOn !== null && supportCase.supportEndsOn <= addDays(today, SOON_DAYS))
  );
}

/** Overdue or ending within 14 days first, soonest end first; then the rest by end, open-ended last. */
export function sortByUrgency(cases: SupportCase[], today: string): SupportCase[] {
  const end = (c: SupportCase) => c.supportEndsOn ?? '9999-12-31';
  return [...cases].sort(
    (a, b) =>
      Number(soon(b, today)) - Number(soon(a, today)) ||
      end(a).localeCompare(end(b)) ||
      survivorName(a.survivor).localeCompare(survivorName(b.survivor)),
  );
}

function CaseCard(props: {
  supportCase: SupportCase;
  me: Me;
  today: string;
  onDone: (text: string) => void;
  onGoalSaved: (text: string) => void;
}) {
  const { supportCase, me, today } = props;
  const { survivor } = supportCase;
  const name = survivorName(survivor);
  const headingId = `case-${supportCase.id}`;
  const house = supportCase.placements.find((p) => p.status === 'ARRIVED' || p.status === 'CONFIRMED')?.safehouse;
  const pendingRna = supportCase.recoveryNeedsAssessments.find((rna) => rna.status === 'PENDING');
  const reconsideration = survivor.nrmStatus === 'RECONSIDERATION_REQUESTED';
  const myGoals = (supportCase.moveOnPlan?.goals ?? []).filter((goal) => goal.owner?.user?.id === me.id);
  const left = supportCase.supportEndsOn ? daysBetween(today, supportCase.supportEndsOn) : null;
  const [rnaOpen, setRnaOpen] = useState(false);
  // A cancelled form is gone: focus goes back to the button that opened it.
  const rnaButton = useRef<HTMLButtonElement>(null);
  const cancelled = useRef(false);
  useLayoutEffect(() => {
    if (!rnaOpen && cancelled.current) {
      cancelled.current = false;
      rnaButton.current?.focus();
    }
  }, [rnaOpen]);

  const facts = [
    survivor.languages.length ? `Speaks ${survivor.languages.map(languageName).join(', ')}` : null,
    survivor.interpreterNeeded ? 'Needs an interpreter' : null,
  ].filter(Boolean);

  return (
    <li
      class={`card stack${supportCase.overdue ? ' overdue' : ''}`}
      aria-labelledby={headingId}
      data-case={supportCase.id}
    >
      <h2 id={headingId} class="card-title">
        {name}
        {supportCase.overdue && <span class="badge bad">Overdue</span>}
        {!supportCase.overdue && soon(supportCase, today) && <span class="badge warn">Ends soon</span>}
      </h2>
      <p class="meta" data-testid="setting">
        {supportCase.setting === 'ACCOMMODATED'
          ? `Accommodated${house ? ` at ${house.name}` : ''}`
          : `Outreach${supportCase.area ? `, ${supportCase.area}` : ''}`}
      </p>
      <p
        data-testid="support-end"
        class={supportCase.overdue ? 'bad' : left !== null && left <= SOON_DAYS ? 'warn' : undefined}
      >
        {supportCase.supportEndsOn
          ? `Support ${left! < 0 ? 'ended' : 'ends'} ${formatDate(supportCase.supportEndsOn)} (${endsIn(left!)})`
          : 'No end date for support yet'}
      </p>
      {(pendingRna || reconsideration) && (
        <ul class="pending" aria-label={`Pending for ${name}`}>
          {pendingRna && <li>RNA pending since {formatDate(pendingRna.submittedOn)}</li>}
          {reconsideration && <li>NRM reconsideration requested</li>}
        </ul>
      )}
      {facts.length > 0 && <p class="meta">{facts.join(' · ')}</p>}
      {survivor.accessibilityNeeds && <p class="meta">Access needs: {survivor.accessibilityNeeds}</p>}
      {myGoals.length > 0 && (
        <section class="stack" aria-labelledby={`${headingId}-goals`}>
          <h3 id={`${headingId}-goals`}>Your move-on goals</h3>
          <ul class="goals">
            {myGoals.map((goal) => (
              <GoalItem key={goal.id} goal={goal} onDone={props.onGoalSaved} />
            ))}
          </ul>
        </section>
      )}
      {supportCase.status === 'OPEN' &&
        !pendingRna &&
        (rnaOpen ? (
          <RnaForm
            supportCase={supportCase}
            name={name}
            today={today}
            onCancel={() => {
              cancelled.current = true;
              setRnaOpen(false);
            }}
            onDone={(text) => {
              setRnaOpen(false);
              props.onDone(text);
            }}
          />
        ) : (
          <button
            ref={rnaButton}
            type="button"
            class="wide"
            aria-label={`Submit an RNA for ${name}`}
            onClick={() => setRnaOpen(true)}
          >
            Submit an RNA…
          </button>
        ))}
    </li>
  );
}

function endsIn(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
