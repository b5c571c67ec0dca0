import { useState } from 'preact/hooks';
import { formatDayAndTime } from '../kit/dates';
import { useQuery } from '../kit/hooks';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { BackLink } from './back';
import { formatLongDate } from '../kit/dates';
import { useHeadingFocus } from '../kit/focus';
import { INSPECTION, type Inspection } from './queries';
import {
  INSPECTION_KIND_WORDS,
  KEY_QUESTION_WORDS,
  OUTCOME_TONE,
  OUTCOME_WORDS,
  RATING_TONE,
  RATING_WORDS,
} from './words';
import { ActionsSection } from './inspection-actions';
import { ReferralsSection } from './inspection-referrals';

/** Roles that verify actions and suspend referrals (the API checks the commissioning too). */
const ACTING_ROLES = ['COMMISSIONER', 'ADMIN'];

/** One inspection on one page: its ratings, findings and required actions, and the house's referrals. */
export function InspectionView(props: { me: Me; id: string }) {
  const answer = useQuery(INSPECTION, { id: props.id });
  const inspection = answer.data?.inspection;
  useTitle(inspection ? `Inspection of ${inspection.safehouse.name}` : 'Inspection');

  if (!answer.data) {
    return answer.error ? (
      <>
        <h1>Inspection</h1>
        <ErrorNotice error={answer.error} />
        <p>
          <BackLink />
        </p>
      </>
    ) : (
      <Loading label="Loading the inspection…" />
    );
  }
  if (!inspection) {
    return (
      <>
        <h1>Inspection not found</h1>
        <p>There is no inspection at this address that you may see.</p>
        <p>
          <BackLink />
        </p>
      </>
    );
  }
  return <InspectionPage key={inspection.id} inspection={inspection} canAct={ACTING_ROLES.includes(props.me.role)} />;
}

function InspectionPage(props: { inspection: Inspection; canAct: boolean }) {
  const heading = useHeadingFocus<HTMLHeadingElement>(props.inspection.id);
  const [actions, setActions] = useState(props.inspection.actions);
  const [house, setHouse] = useState(props.inspection.safehouse);
  const inspection = props.inspection;
  const isLatest = house.latestInspection?.id === inspection.id;

  return (
    <div class="stack inspection">
      <p class="back">
        <BackLink />
      </p>
      <h1 ref={heading} tabIndex={-1}>
        Inspection of {house.name}
      </h1>
      <dl class="facts">
        <div>
          <dt>Provider</dt>
          <dd>{house.provider.name}</dd>
        </div>
        <div>
          <dt>Area</dt>
          <dd>{house.area}</dd>
        </div>
        <div>
          <dt>Inspected</dt>
          <dd>
            {formatLongDate(inspection.inspectedOn)}, {INSPECTION_KIND_WORDS[inspection.kind] ?? inspection.kind}, by{' '}
            {inspection.inspectorName}
          </dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd>
            {inspection.status === 'PUBLISHED'
              ? `Published${inspection.publishedAt ? ` ${formatDayAndTime(inspection.publishedAt)}` : ''}`
              : 'Draft: seen by commissioners only'}
          </dd>
        </div>
        {inspection.nextInspectionDueOn && (
          <div>
            <dt>Next inspection due</dt>
            <dd>{formatLongDate(inspection.nextInspectionDueOn)}</dd>
          </div>
        )}
        <div>
          <dt>Commissioner</dt>
          <dd>{inspection.commissioner.name}</dd>
        </div>
      </dl>
      {!isLatest && inspection.status === 'PUBLISHED' && house.latestInspection && (
        <p class="notice notice-warn">
          A later inspection of this house has been published.{' '}
          <a href={`#/inspection/${encodeURIComponent(house.latestInspection.id)}`}>See the latest inspection</a>
        </p>
      )}

      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Ratings</h2>
        <p class="overall">
          Overall:{' '}
          <span class={`badge big ${RATING_TONE[inspection.overallRating]}`}>
            {RATING_WORDS[inspection.overallRating]}
          </span>
          {inspection.overallRatingOverridden && <span class="meta"> (overridden)</span>}
        </p>
        {inspection.overallRatingOverridden && inspection.overrideReason && (
          <p class="meta">Why the overall rating was overridden: {inspection.overrideReason}</p>
        )}
        <ul class="cards">
          {inspection.ratings.map((rating) => (
            <li class="card" key={rating.keyQuestion}>
              <h3>{KEY_QUESTION_WORDS[rating.keyQuestion] ?? rating.keyQuestion}</h3>
              <p class="rating-line">
                <span class={`badge ${RATING_TONE[rating.rating]}`}>{RATING_WORDS[rating.rating]}</span>
              </p>
              <p class="summary">{rating.summary}</p>
            </li>
          ))}
        </ul>
      </section>

      {inspection.findings.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">Findings against the care standards</h2>
          <ul class="cards">
            {inspection.findings.map((finding, index) => (
              <li class="card" key={index}>
                <h3>{finding.standard}</h3>
                <p>
                  <span class={`badge ${OUTCOME_TONE[finding.outcome] ?? ''}`}>
                    {OUTCOME_WORDS[finding.outcome] ?? finding.outcome}
                  </span>
                </p>
                {finding.notes && <p class="summary">{finding.notes}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <ActionsSection
        actions={actions}
        canAct={props.canAct}
        onChanged={(changed) =>
          setActions((current) =>
            current.map((action) => (action.id === changed.id ? { ...action, ...changed } : action)),
          )
        }
      />

      {props.canAct && <ReferralsSection house={house} onChanged={setHouse} />}
    </div>
  );
}
