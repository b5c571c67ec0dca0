import { useEffect, useState } from 'preact/hooks';
import { ApiError, gql, gqlBuilt } from '../api';
import { words } from '../kit/words';
import { useAction } from '../kit/hooks';
import type { Me } from '../session';
import { ErrorNotice, Loading, useTitle } from '../kit/ui';
import { ShowMore, usePagedQuery, useReloadOn } from '../kit/paging';
import { Status } from '../kit/ui';
import { SurvivorSummary } from './survivor-summary';
import { languageName } from '../kit/languages';
import { survivorName } from '../kit/people';
import {
  ASSIGN,
  PAGE,
  SUGGESTION_BATCH,
  UNASSIGNED,
  suggestionsQuery,
  type Placement,
  type Suggestion,
  type UnassignedPlacement,
} from './queries';

/** Confirmed and resident placements with no support worker, each with suggested workers and why. */
export function Assign(props: { me: Me; version: number }) {
  useTitle('Support workers');
  const providerId = props.me.organisation!.id;
  const list = usePagedQuery(UNASSIGNED, { providerId }, (data) => data.placements, PAGE);
  useReloadOn(props.version, list.reload);
  const [message, setMessage] = useState<string | null>(null);
  const waiting = list.nodes
    ?.filter((placement) => placement.supportWorkers.length === 0)
    .sort((a, b) => statusOrder(a) - statusOrder(b) || a.from.localeCompare(b.from));

  function done(text: string) {
    setMessage(text);
    list.reload();
  }

  return (
    <>
      <h1>Support workers</h1>
      <p class="lede">People with no support worker yet. Suggestions put a shared language first.</p>
      <Status message={message} />
      <ErrorNotice error={list.error} />
      {!waiting && list.loading && <Loading label="Loading people without a support worker…" />}
      {waiting && waiting.length === 0 && (
        <p>
          {list.hasMore
            ? 'Everyone in the stays shown has a support worker. Show more to check the rest.'
            : 'Everyone placed with you has a support worker.'}
        </p>
      )}
      {waiting && waiting.length > 0 && <Waiting placements={waiting} onDone={done} />}
      <ShowMore list={list} what="stays" />
    </>
  );
}

/** AssignmentRole in the schema. */
type Role = 'LEAD' | 'SECONDARY';

function statusOrder(placement: Placement): number {
  return placement.status === 'ARRIVED' ? 0 : 1;
}

/** The suggestions of every placement shown: one request per 10 placements, all at once. */
function useSuggestions(ids: string[]) {
  const key = ids.join(',');
  const [state, setState] = useState<{ data?: Map<string, Suggestion[]>; error?: ApiError; loading: boolean }>({
    loading: true,
  });
  useEffect(() => {
    let current = true;
    const all = key.split(',').filter(Boolean);
    const batches: string[][] = [];
    for (let i = 0; i < all.length; i += SUGGESTION_BATCH) batches.push(all.slice(i, i + SUGGESTION_BATCH));
    setState((previous) => ({ ...previous, loading: true }));
    Promise.all(
      batches.map(async (batch) => {
        const answer = await gqlBuilt<Record<string, Suggestion[]>>(
          suggestionsQuery(batch.length),
          Object.fromEntries(batch.map((id, i) => [`p${i}`, id])),
        );
        return batch.map((id, i) => [id, answer[`s${i}`]] as const);
      }),
    )
      .then((answers) => current && setState({ data: new Map(answers.flat()), loading: false }))
      .catch((error: ApiError) => current && setState((previous) => ({ ...previous, error, loading: false })));
    return () => {
      current = false;
    };
  }, [key]);
  return state;
}

function Waiting(props: { placements: UnassignedPlacement[]; onDone: (message: string) => void }) {
  const suggestions = useSuggestions(props.placements.map((placement) => placement.id));
  return (
    <>
      <ErrorNotice error={suggestions.error} />
      <ul class="cards">
        {props.placements.map((placement) => (
          <Unassigned
            key={placement.id}
            placement={placement}
            suggestions={suggestions.data?.get(placement.id)}
            loading={suggestions.loading}
            onDone={props.onDone}
          />
        ))}
      </ul>
    </>
  );
}

function Unassigned(props: {
  placement: Placement;
  suggestions?: Suggestion[];
  loading: boolean;
  onDone: (message: string) => void;
}) {
  const { placement } = props;
  const name = survivorName(placement.survivor);
  const [role, setRole] = useState<Role>('LEAD');
  const assign = useAction((workerId: string) =>
    gql(ASSIGN, { input: { placementId: placement.id, supportWorkerId: workerId, role } }),
  );
  const headingId = `assign-${placement.id}`;

  return (
    <li class="card stack" aria-labelledby={headingId}>
      <div>
        <h2 id={headingId} class="card-title">
          {name}
        </h2>
        <SurvivorSummary survivor={placement.survivor} />
        <p class="meta">
          {placement.safehouse.name}, {placement.bed.label} ·{' '}
          {placement.status === 'ARRIVED' ? 'resident' : 'confirmed'}
        </p>
      </div>
      <ErrorNotice error={assign.error} />
      {!props.suggestions && props.loading && <Loading label="Finding support workers…" />}
      {props.suggestions && props.suggestions.length === 0 && (
        <p class="notice notice-warn">No active support worker has room. Raise a worker's caseload or add one.</p>
      )}
      {props.suggestions && props.suggestions.length > 0 && (
        <div class="field">
          <label for={`${headingId}-role`}>Assign as</label>
          <select
            id={`${headingId}-role`}
            aria-describedby={headingId}
            value={role}
            disabled={assign.busy}
            onChange={(event) => setRole(event.currentTarget.value as Role)}
          >
            <option value="LEAD">Lead support worker</option>
            <option value="SECONDARY">Secondary support worker</option>
          </select>
        </div>
      )}
      {props.suggestions && props.suggestions.length > 0 && (
        <ol class="suggestions" aria-label={`Suggested support workers for ${name}`}>
          {props.suggestions.map(({ supportWorker: worker, reasons }, rank) => (
            <li key={worker.id} class="suggestion">
              <p class="suggestion-name">{worker.name}</p>
              <p class="meta">
                {words(worker.gender)} · {worker.languages.map(languageName).join(', ') || 'no languages listed'}
                {/* the reasons often say the caseload already: say it once */}
                {!saysCaseload(reasons, worker.maxCaseload) &&
                  ` · ${worker.activeCaseload} of ${worker.maxCaseload} cases`}
              </p>
              <ul class="reasons">
                {reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              <button
                type="button"
                class={rank === 0 ? 'primary wide' : 'wide'}
                disabled={assign.busy}
                onClick={async () => {
                  if (await assign.run(worker.id)) {
                    props.onDone(
                      `${worker.name} is now ${name}'s ${role === 'LEAD' ? 'lead' : 'secondary'} support worker.`,
                    );
                  }
                }}
              >
                Assign {worker.name}
                <span class="visually-hidden">
                  {' '}
                  to {name} as {role === 'LEAD' ? 'lead' : 'secondary'}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </li>
  );
}

function saysCaseload(reasons: string[], max: number): boolean {
  return reasons.some((reason) => reason.includes(`of ${max} cases`));
}
