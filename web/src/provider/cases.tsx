import { londonDay } from '../kit/dates';
import { words } from '../kit/words';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { CASE_PAGE, CASES, type CaseSummary } from './case-queries';
import { ShowMore, usePagedQuery, useReloadOn, type Connection } from '../kit/paging';
import { daysBetween, formatDate } from '../kit/dates';
import { survivorName } from '../kit/people';

/** Support that ends within this many days comes to the top of the list. */
export const SOON_DAYS = 14;

/**
 * The provider's open cases, outreach beside residents: overdue first, then support ending within
 * 14 days (soonest first), then the rest; each says what is pending.
 */
export function Cases(props: { me: Me; version: number }) {
  useTitle('Cases');
  const providerId = props.me.organisation!.id;
  const today = londonDay();
  const list = usePagedQuery(
    CASES,
    { providerId },
    (data: { supportCases: Connection<CaseSummary> }) => data.supportCases,
    CASE_PAGE,
  );
  useReloadOn(props.version, list.reload);
  // The order is of what is loaded: a further page can sort in above.
  const cases = list.nodes?.slice().sort((a, b) => urgency(a, today) - urgency(b, today) || byEnd(a, b));

  return (
    <>
      <div class="heading-row">
        <h1>Cases</h1>
        <a class="button primary" href="#/cases/new">
          Open an outreach case
        </a>
      </div>
      <p class="lede">Everyone you support, in a house or in the community. Support ending soonest first.</p>
      <ErrorNotice error={list.error} />
      {!cases && list.loading && <Loading label="Loading cases…" />}
      {cases && cases.length === 0 && <p>You have no open cases.</p>}
      {cases && cases.length > 0 && (
        <ul class="cards">
          {cases.map((supportCase) => (
            <CaseCard key={supportCase.id} supportCase={supportCase} today={today} />
          ))}
        </ul>
      )}
      <ShowMore list={list} what="cases" />
    </>
  );
}

function urgency(supportCase: CaseSummary, today: string): number {
  if (supportCase.overdue) return 0;
  if (supportCase.supportEndsOn && daysBetween(today, supportCase.supportEndsOn) <= SOON_DAYS) return 1;
  return 2;
}

function byEnd(a: CaseSummary, b: CaseSummary): number {
  return (a.supportEndsOn ?? '9999').localeCompare(b.supportEndsOn ?? '9999');
}

/** What is waiting on someone else: an RNA not decided, a reconsideration not decided. */
export function pendingSteps(supportCase: {
  survivor: { nrmStatus: string; reasonableGroundsOverdue: boolean };
  recoveryNeedsAssessments: { status: string; submittedOn: string }[];
}): string[] {
  const steps = supportCase.recoveryNeedsAssessments
    .filter((rna) => rna.status === 'PENDING')
    .map((rna) => `RNA pending since ${formatDate(rna.submittedOn)}`);
  if (supportCase.survivor.nrmStatus === 'RECONSIDERATION_REQUESTED') steps.push('Reconsideration requested');
  if (supportCase.survivor.reasonableGroundsOverdue) steps.push('Reasonable-grounds decision overdue: chase it');
  return steps;
}

function CaseCard(props: { supportCase: CaseSummary; today: string }) {
  const { supportCase, today } = props;
  const name = survivorName(supportCase.survivor);
  const live = supportCase.placements.find((placement) => ['CONFIRMED', 'ARRIVED'].includes(placement.status));
  const where =
    supportCase.setting === 'ACCOMMODATED' && live
      ? `Resident at ${live.safehouse.name}`
      : `Outreach${supportCase.area ? `, ${supportCase.area}` : ''}`;
  const pending = pendingSteps(supportCase);
  const left = supportCase.supportEndsOn ? daysBetween(today, supportCase.supportEndsOn) : null;
  const headingId = `case-${supportCase.id}`;
  return (
    <li class={`card${supportCase.overdue ? ' overdue' : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} class="card-title">
        <a href={`#/cases/${supportCase.id}`}>{name}</a>
        {supportCase.overdue && <span class="badge bad">Overdue</span>}
      </h2>
      <p class="meta">
        {where} · NRM: {words(supportCase.survivor.nrmStatus)}
      </p>
      <p class={supportCase.overdue ? 'bad' : left !== null && left <= SOON_DAYS ? 'warn' : undefined}>
        {supportCase.supportEndsOn
          ? `Support ${endVerb(left!, pending.length > 0)} ${formatDate(supportCase.supportEndsOn)} (${endsIn(left!)})`
          : 'No end date for support'}
      </p>
      {pending.map((step) => (
        <p key={step} class="meta">
          {step}
        </p>
      ))}
    </li>
  );
}

/**
 * "ended", or, while an RNA or a reconsideration is pending, "was due to end": a pending step
 * suspends the end (CONTRACT.md), so support has not ended though the date has passed.
 */
export function endVerb(days: number, pending: boolean): string {
  if (days >= 0) return 'ends';
  return pending ? 'was due to end' : 'ended';
}

export function endsIn(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days > 0) return `in ${days} days`;
  return days === -1 ? 'yesterday' : `${-days} days ago`;
}
