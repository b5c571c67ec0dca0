/** Pieces of a house's quality line that the phone's cards and the wide table both show. */
import { formatLongDate } from '../kit/dates';
import { type QualityRow } from './quality-sort';

export function InspectionDue(props: { row: QualityRow }) {
  const { row } = props;
  if (row.latestRating === null) return <span class="bad">Now: never inspected</span>;
  if (!row.nextInspectionDueOn) return <span class="meta">Not set</span>;
  return (
    <>
      <span class="nowrap">{formatLongDate(row.nextInspectionDueOn)}</span>
      {row.inspectionOverdue && <span class="bad"> overdue</span>}
    </>
  );
}

export function Referrals(props: { row: QualityRow }) {
  return props.row.referralsSuspended ? (
    <span class="badge bad" title={props.row.suspensionReason ?? undefined}>
      Suspended
    </span>
  ) : (
    <span class="badge good">Open</span>
  );
}
