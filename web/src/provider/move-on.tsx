import { useState } from 'preact/hooks';
import { gql } from '../api';
import { londonDay } from '../kit/dates';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { CASE_PAGE } from './case-queries';
import { endVerb, endsIn, pendingSteps } from './cases';
import { ShowMore, usePagedQuery, useReloadOn, type Connection } from '../kit/paging';
import { Status } from '../kit/ui';
import { addDays, daysBetween, formatDate } from '../kit/dates';
import { survivorName } from '../kit/people';
import { ACTIVATE_PLAN, MOVE_ON, type MoveOnPlan } from './queries';

const WINDOW_DAYS = 14;

/** Move-on plans whose support ends within 14 days (or already has), soonest first, overdue marked. */
export function MoveOn(props: { me: Me; version: number }) {
  useTitle('Move-on');
  const providerId = props.me.organisation!.id;
  const today = londonDay();
  const list = usePagedQuery(
    MOVE_ON,
    { providerId, before: addDays(today, WINDOW_DAYS + 1) },
    (data: { moveOnPlans: Connection<MoveOnPlan> }) => data.moveOnPlans,
    // each plan brings its case: a case-sized page keeps the request under the query-cost limit
    CASE_PAGE,
  );
  const [message, setMessage] = useState<string | null>(null);
  useReloadOn(props.version, list.reload);
  const plans = list.nodes?.filter((plan) => plan.status !== 'COMPLETED');

  return (
    <>
      <h1>Move-on</h1>
      <p class="lede">Support that ends within {WINDOW_DAYS} days, soonest first.</p>
      <Status message={message} />
      <ErrorNotice error={list.error} />
      {!plans && list.loading && <Loading label="Loading move-on plans…" />}
      {plans && plans.length === 0 && (
        <p>
          {list.hasMore
            ? 'No open plan among those shown. Show more to check the rest.'
            : `No one's support ends in the next ${WINDOW_DAYS} days.`}
        </p>
      )}
      {plans && plans.length > 0 && (
        <ul class="cards">
          {plans.map((plan) => (
            <Plan
              key={plan.id}
              plan={plan}
              today={today}
              onDone={(text) => {
                setMessage(text);
                list.reload();
              }}
            />
          ))}
        </ul>
      )}
      <ShowMore list={list} what="plans" />
    </>
  );
}

/** A plan's case and dates, with the way to its case (where the NRM steps are recorded) and to start a draft plan. */
function Plan(props: { plan: MoveOnPlan; today: string; onDone: (message: string) => void }) {
  const { plan, today } = props;
  const name = survivorName(plan.survivor);
  const done = plan.goals.filter((goal) => goal.status === 'DONE').length;
  const blocked = plan.goals.filter((goal) => goal.status === 'BLOCKED').length;
  const left = plan.supportEndsOn ? daysBetween(today, plan.supportEndsOn) : null;
  const pending = pendingSteps(plan.supportCase);
  const activate = useAction(() => gql(ACTIVATE_PLAN, { id: plan.id }));
  const headingId = `plan-${plan.id}`;
  const where = plan.placement
    ? `${plan.placement.safehouse.name}, ${plan.placement.bed.label}`
    : `Outreach${plan.supportCase.area ? `, ${plan.supportCase.area}` : ''}`;
  return (
    <li class={`card${plan.overdue ? ' overdue' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        <a href={`#/cases/${plan.supportCase.id}`}>{name}</a>
        {plan.overdue && <span class="badge bad"> Overdue</span>}
      </h2>
      <p class="meta">
        {where} · plan {words(plan.status)}
      </p>
      {plan.supportEndsOn && (
        <p class={plan.overdue ? 'bad' : left !== null && left <= 3 ? 'warn' : undefined}>
          Support {endVerb(left!, pending.length > 0)} {formatDate(plan.supportEndsOn)} ({endsIn(left!)})
        </p>
      )}
      {pending.map((step) => (
        <p key={step} class="meta">
          {step}: support does not end while it is pending
        </p>
      ))}
      {plan.targetMoveOnOn && <p class="meta">Target move-on {formatDate(plan.targetMoveOnOn)}</p>}
      <p class="meta">
        {plan.goals.length === 0
          ? 'No goals yet'
          : `${done} of ${plan.goals.length} goal${plan.goals.length === 1 ? '' : 's'} done${blocked ? `, ${blocked} blocked` : ''}`}
      </p>
      <ErrorNotice error={activate.error} />
      {plan.status === 'DRAFT' && (
        <button
          type="button"
          class="wide"
          disabled={activate.busy}
          onClick={async () => {
            if (await activate.run()) props.onDone(`${name}'s move-on plan is active.`);
          }}
        >
          {activate.busy ? 'Starting…' : 'Start the plan'}
          <span class="visually-hidden"> for {name}</span>
        </button>
      )}
    </li>
  );
}
