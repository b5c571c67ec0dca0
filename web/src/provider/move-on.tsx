import { londonDay, words } from '../format';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../ui';
import {
  ShowMore,
  addDays,
  daysBetween,
  formatDate,
  survivorName,
  usePagedQuery,
  useReloadOn,
  type Connection,
} from './common';
import { MOVE_ON, PAGE, type MoveOnPlan } from './queries';

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
    PAGE,
  );
  useReloadOn(props.version, list.reload);
  const plans = list.nodes?.filter((plan) => plan.status !== 'COMPLETED');

  return (
    <>
      <h1>Move-on</h1>
      <p class="lede">Support that ends within {WINDOW_DAYS} days, soonest first.</p>
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
            <Plan key={plan.id} plan={plan} today={today} />
          ))}
        </ul>
      )}
      <ShowMore list={list} what="plans" />
    </>
  );
}

function Plan(props: { plan: MoveOnPlan; today: string }) {
  const { plan, today } = props;
  const done = plan.goals.filter((goal) => goal.status === 'DONE').length;
  const blocked = plan.goals.filter((goal) => goal.status === 'BLOCKED').length;
  const left = plan.supportEndsOn ? daysBetween(today, plan.supportEndsOn) : null;
  const headingId = `plan-${plan.id}`;
  return (
    <li class={`card${plan.overdue ? ' overdue' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        {survivorName(plan.survivor)}
        {plan.overdue && <span class="badge bad"> Overdue</span>}
      </h2>
      <p class="meta">
        {plan.placement.safehouse.name}, {plan.placement.bed.label} · plan {words(plan.status)}
      </p>
      {plan.supportEndsOn && (
        <p class={plan.overdue ? 'bad' : left !== null && left <= 3 ? 'warn' : undefined}>
          Support {left! < 0 ? 'ended' : 'ends'} {formatDate(plan.supportEndsOn)} ({endsIn(left!)})
        </p>
      )}
      {plan.targetMoveOnOn && <p class="meta">Target move-on {formatDate(plan.targetMoveOnOn)}</p>}
      <p class="meta">
        {plan.goals.length === 0
          ? 'No goals yet'
          : `${done} of ${plan.goals.length} goal${plan.goals.length === 1 ? '' : 's'} done${blocked ? `, ${blocked} blocked` : ''}`}
      </p>
    </li>
  );
}

function endsIn(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
