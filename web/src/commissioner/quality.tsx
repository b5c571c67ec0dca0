import { useMemo } from 'preact/hooks';
import { useQuery } from '../kit/hooks';
import { navigate } from '../route';
import type { Me } from '../session';
import { ErrorNotice, Loading } from '../kit/ui';
import { useHeadingFocus } from '../kit/focus';
import { COMMISSIONERS, QUALITY, type QualityAnswer } from './queries';
import { type QualityRow } from './quality-sort';
import { UnmetDemandPanel } from './unmet-demand';
import { QualityTable } from './quality-table';

/**
 * The quality review: one row per commissioned house beside the demand search could not meet.
 * ADMIN belongs to no commissioner, so it picks one first (kept in the address: #/quality/<id>).
 */
export function QualityView(props: { me: Me; commissionerId?: string }) {
  const heading = useHeadingFocus<HTMLHeadingElement>('quality');
  const isAdmin = props.me.role === 'ADMIN';
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        Quality
      </h1>
      {isAdmin && <CommissionerChoice chosen={props.commissionerId} />}
      <div class="quality-layout">
        <section class="quality-houses">
          <h2 id="houses-heading">Houses</h2>
          {isAdmin && !props.commissionerId ? (
            <p class="meta">Choose a commissioner to see the houses it commissions.</p>
          ) : (
            <QualityHouses commissionerId={isAdmin ? props.commissionerId : undefined} />
          )}
        </section>
        <section class="quality-demand">
          <h2 id="demand-heading">Unmet demand</h2>
          <UnmetDemandPanel />
        </section>
      </div>
    </>
  );
}

function CommissionerChoice(props: { chosen?: string }) {
  const answer = useQuery(COMMISSIONERS, {});
  if (!answer.data)
    return answer.error ? <ErrorNotice error={answer.error} /> : <Loading label="Loading commissioners…" />;
  return (
    <div class="field commissioner-choice">
      <label for="commissioner">Commissioner</label>
      <p class="hint" id="commissioner-hint">
        As an administrator you review the houses of one commissioner at a time.
      </p>
      <select
        id="commissioner"
        aria-describedby="commissioner-hint"
        value={props.chosen ?? ''}
        onChange={(event) => {
          const id = event.currentTarget.value;
          navigate(id ? `/quality/${encodeURIComponent(id)}` : '/quality');
        }}
      >
        <option value="">Choose a commissioner</option>
        {answer.data.commissioners.map((commissioner) => (
          <option key={commissioner.id} value={commissioner.id}>
            {commissioner.name}
            {commissioner.region ? ` (${commissioner.region})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

function toRows(answer: QualityAnswer): QualityRow[] {
  return answer.qualityOverview.map((quality) => {
    const house = quality.safehouse;
    const openDueDates = (house.latestInspection?.actions ?? [])
      .filter((action) => action.status === 'OPEN')
      .map((action) => action.dueOn)
      .sort();
    return {
      id: house.id,
      name: house.name,
      provider: house.provider.name,
      area: house.area,
      latestRating: quality.latestRating,
      latestInspectionId: house.latestInspection?.id ?? null,
      lastInspectedOn: quality.lastInspectedOn,
      nextInspectionDueOn: quality.nextInspectionDueOn,
      inspectionOverdue: quality.inspectionOverdue,
      openActions: quality.openActions,
      overdueActions: quality.overdueActions,
      nextActionDueOn: openDueDates[0] ?? null,
      referralsSuspended: quality.referralsSuspended,
      suspensionReason: house.suspensionReason,
    };
  });
}

function QualityHouses(props: { commissionerId?: string }) {
  const variables = useMemo(
    () => (props.commissionerId ? { commissionerId: props.commissionerId } : {}),
    [props.commissionerId],
  );
  const answer = useQuery(QUALITY, variables);
  const rows = useMemo(() => (answer.data ? toRows(answer.data) : []), [answer.data]);
  if (!answer.data) {
    return answer.error ? (
      <>
        <ErrorNotice error={answer.error} />
        <button type="button" onClick={answer.reload}>
          Try again
        </button>
      </>
    ) : (
      <Loading label="Loading houses…" />
    );
  }
  return (
    <>
      <ErrorNotice error={answer.error} />
      {rows.length === 0 ? (
        <p class="meta">No houses: the commissioner commissions no provider with a house today.</p>
      ) : (
        <QualityTable rows={rows} />
      )}
    </>
  );
}
