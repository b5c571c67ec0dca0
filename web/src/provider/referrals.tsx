import { useState } from 'preact/hooks';
import { gql } from '../api';
import { countdown, formatDayAndTime, formatTime } from '../kit/dates';
import { words } from '../kit/words';
import { useAction, useNow } from '../kit/hooks';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { ShowMore, usePagedQuery, useReloadOn } from '../kit/paging';
import { Status } from '../kit/ui';
import { SurvivorSummary } from './survivor-summary';
import { survivorName } from '../kit/people';
import type { DeclineReason } from '../gql/graphql';
import { chosen } from '../kit/form';
import { ACCEPT, DECLINE, PAGE, REFERRALS, type Placement } from './queries';

const DECLINE_REASONS: DeclineReason[] = [
  'NO_CAPACITY',
  'NOT_ELIGIBLE',
  'NEEDS_NOT_MET',
  'RISK_TO_RESIDENTS',
  'LOCATION_UNSAFE',
  'OTHER',
];

/** Referrals awaiting the provider's answer, soonest deadline first: accept, or decline with a reason. */
export function Referrals(props: { me: Me; version: number }) {
  useTitle('Referrals');
  const providerId = props.me.organisation!.id;
  const list = usePagedQuery(REFERRALS, { providerId }, (data) => data.placements, PAGE);
  useReloadOn(props.version, list.reload);
  const [message, setMessage] = useState<string | null>(null);
  const now = useNow(1000);
  // The API pages soonest deadline first, so a further page only ever adds later deadlines below.
  const referrals = list.nodes;

  function done(text: string) {
    setMessage(text);
    list.reload();
  }

  return (
    <>
      <h1>Referrals</h1>
      <p class="lede">Referrals waiting for your answer. The bed stays booked for them until you answer.</p>
      <Status message={message} />
      <ErrorNotice error={list.error} />
      {!referrals && list.loading && <Loading label="Loading referrals…" />}
      {referrals && referrals.length === 0 && <p>No referrals are waiting for an answer.</p>}
      {referrals && referrals.length > 0 && (
        <ul class="cards">
          {referrals.map((placement) => (
            <Referral key={placement.id} placement={placement} now={now} onDone={done} />
          ))}
        </ul>
      )}
      <ShowMore list={list} what="referrals" />
    </>
  );
}

function Referral(props: { placement: Placement; now: Date; onDone: (message: string) => void }) {
  const { placement, now } = props;
  const name = survivorName(placement.survivor);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const [note, setNote] = useState('');
  const accept = useAction(() => gql(ACCEPT, { id: placement.id }));
  const decline = useAction(() =>
    gql(DECLINE, {
      id: placement.id,
      reason: chosen(reason, 'reason', 'Choose why you decline.'),
      note: note.trim() ? note.trim() : null,
    }),
  );
  const left = placement.acceptanceDueAt ? countdown(placement.acceptanceDueAt, now) : null;
  const overdue = placement.acceptanceOverdue || (placement.acceptanceDueAt !== null && left === null);
  const headingId = `referral-${placement.id}`;
  const busy = accept.busy || decline.busy;

  async function onAccept() {
    if (await accept.run()) props.onDone(`Accepted: ${name} at ${placement.safehouse.name}.`);
  }

  async function onDecline(event: Event) {
    event.preventDefault();
    if (!reason) return;
    if (await decline.run()) props.onDone(`Declined: ${name}. The bed is free again and the referrer is told.`);
  }

  return (
    <li class={`card stack${overdue ? ' overdue' : ''}`} aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} class="card-title">
          {name}
        </h2>
        {/* the deadline as one line under the name, not a boxed notice: Accept stays on a phone's first screen */}
        {placement.acceptanceDueAt && (
          <p class={`deadline ${overdue ? 'bad' : 'warn'}`}>
            {overdue ? (
              <>
                Answer overdue since {formatTime(placement.acceptanceDueAt)}: the referrer may phone or place elsewhere.
              </>
            ) : (
              <>
                Answer by {formatTime(placement.acceptanceDueAt)}{' '}
                <span class="referral-countdown" aria-hidden="true">
                  ({left} left)
                </span>
              </>
            )}
          </p>
        )}
        <SurvivorSummary survivor={placement.survivor} />
      </div>
      <p>
        {placement.safehouse.name}, {placement.bed.label}
        <br />
        <span class="meta">
          From {formatDayAndTime(placement.from)}
          {placement.until ? ` to ${formatDayAndTime(placement.until)}` : ''}
          {placement.arrivingAt ? ` · arriving ${formatDayAndTime(placement.arrivingAt)}` : ''}
        </span>
        <br />
        <span class="meta">Referred by {placement.referrerOrganisation.name}</span>
      </p>
      <ErrorNotice error={accept.error ?? decline.error} />
      {!declining ? (
        <div class="actions">
          <button type="button" class="primary" onClick={onAccept} disabled={busy}>
            {accept.busy ? 'Accepting…' : `Accept ${name}`}
          </button>
          <button type="button" class="danger" onClick={() => setDeclining(true)} disabled={busy}>
            Decline…
          </button>
        </div>
      ) : (
        <form class="stack" onSubmit={onDecline} aria-label={`Decline ${name}`} noValidate>
          <div class="field">
            <label for={`${headingId}-reason`}>Why decline?</label>
            <select
              id={`${headingId}-reason`}
              required
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value as DeclineReason)}
            >
              <option value="">Choose a reason</option>
              {DECLINE_REASONS.map((value) => (
                <option key={value} value={value}>
                  {sentence(words(value))}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={`${headingId}-note`}>Note for the referrer (optional)</label>
            <textarea
              id={`${headingId}-note`}
              rows={2}
              maxLength={500}
              value={note}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
          </div>
          <p class="notice notice-warn">Declining frees the bed and tells the referrer. It cannot be undone.</p>
          <div class="actions">
            <button type="submit" class="danger" disabled={busy || !reason}>
              {decline.busy ? 'Declining…' : 'Yes, decline'}
            </button>
            <button type="button" onClick={() => setDeclining(false)} disabled={busy}>
              Keep it
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
