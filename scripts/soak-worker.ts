/**
 * One process of the soak (scripts/soak.ts forks several): drives a mixed load over HTTP for the
 * time it is given and sends back what it did. Self-contained and written in erasable TypeScript
 * (no imports, enums or decorators), so Node runs it as it is under the tests and compiled after
 * `npm run build`.
 */

export interface SoakWorkerPlan {
  url: string;
  durationMs: number;
  /** Concurrent users inside this process, each with its own duty officer. */
  agents: number;
  officerTokens: string[];
  commissionerToken: string;
  near: { latitude: number; longitude: number };
  providers: {
    coordinatorToken: string;
    safehouseIds: string[];
    bedIds: string[];
    supportWorkerIds: string[];
  }[];
  /** Yesterday, London: the date an inspection is recorded for. */
  inspectedOn: string;
}

export interface SoakWorkerReport {
  /** Requests by operation. */
  requests: Record<string, number>;
  /** Latencies in ms by operation. */
  latencies: Record<string, number[]>;
  /** Errors by `operation CODE/REASON`. */
  errors: Record<string, number>;
  /** Successful mutations by the audit action they must have written. */
  actions: Record<string, number>;
  /** Answers with an HTTP 5xx or INTERNAL_SERVER_ERROR. */
  serverErrors: number;
  /** A few of those, for the report. */
  serverErrorSamples: string[];
}

interface Tracked {
  id: string;
  provider: number;
  status: string;
}

const HOLD = `mutation($input: HoldBedInput!) { holdBed(input: $input) { id status } }`;
const CONFIRM = `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id status } }`;
const RELEASE = `mutation($id: ID!) { releaseHold(placementId: $id) { id status } }`;
const ACCEPT = `mutation($id: ID!) { acceptPlacement(placementId: $id) { id status } }`;
const DECLINE = `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY) { id status } }`;
const ARRIVE = `mutation($id: ID!) { recordArrival(placementId: $id) { id status } }`;
const DEPART = `mutation($id: ID!) { recordDeparture(placementId: $id, destination: SUPPORTED_HOUSING) { id status } }`;
const ASSIGN = `mutation($input: AssignSupportWorkerInput!) { assignSupportWorker(input: $input) { id } }`;
const CAPACITY = `mutation($id: ID!) { confirmCapacity(safehouseId: $id) { id } }`;
const INSPECT = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id } }`;
const SEARCH = `query($input: AvailabilitySearchInput!) {
  searchAvailability(input: $input) { distanceKm acceptsArrival safehouse { id } availableBeds { id } }
}`;

const SURVIVOR = {
  preferredName: 'Soak',
  gender: 'WOMAN',
  adult: true,
  nrmStatus: 'REFERRED',
  consentToReferral: true,
  languages: ['en'],
};

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)];
}

export class SoakLoad {
  private readonly report: SoakWorkerReport = {
    requests: {},
    latencies: {},
    errors: {},
    actions: {},
    serverErrors: 0,
    serverErrorSamples: [],
  };
  private lastSeenBeds: string[] = [];
  private readonly plan: SoakWorkerPlan;

  constructor(plan: SoakWorkerPlan) {
    this.plan = plan;
  }

  async run(): Promise<SoakWorkerReport> {
    const deadline = Date.now() + this.plan.durationMs;
    const agents: Promise<void>[] = [];
    for (let i = 0; i < this.plan.agents; i++) {
      agents.push(this.agent(this.plan.officerTokens[i % this.plan.officerTokens.length], deadline));
    }
    await Promise.all(agents);
    return this.report;
  }

  private async agent(officerToken: string, deadline: number): Promise<void> {
    const mine: Tracked[] = [];
    while (Date.now() < deadline) {
      await this.step(officerToken, mine);
      // Forget what is finished, so the agent keeps cycling beds.
      for (let i = mine.length - 1; i >= 0; i--) {
        if (!['HELD', 'AWAITING_ACCEPTANCE', 'CONFIRMED', 'ARRIVED'].includes(mine[i].status)) mine.splice(i, 1);
      }
    }
  }

  private async step(officer: string, mine: Tracked[]): Promise<void> {
    const roll = Math.random() * 100;
    const inState = (status: string) => mine.filter((p) => p.status === status);
    const coordinator = (p: Tracked) => this.plan.providers[p.provider].coordinatorToken;
    const held = inState('HELD');
    const awaiting = inState('AWAITING_ACCEPTANCE');
    const confirmed = inState('CONFIRMED');
    const arrived = inState('ARRIVED');

    if (roll < 2) {
      const provider = pick(this.plan.providers);
      await this.call(
        'recordInspection',
        INSPECT,
        { input: this.inspection(pick(provider.safehouseIds)) },
        this.plan.commissionerToken,
        'inspection.record',
      );
      return;
    }
    if (roll < 8) {
      const provider = pick(this.plan.providers);
      await this.call(
        'confirmCapacity',
        CAPACITY,
        { id: pick(provider.safehouseIds) },
        provider.coordinatorToken,
        'safehouse.capacity.confirm',
      );
      return;
    }
    if (roll < 16 && (confirmed.length > 0 || arrived.length > 0)) {
      const p = pick([...confirmed, ...arrived]);
      const provider = this.plan.providers[p.provider];
      await this.call(
        'assignSupportWorker',
        ASSIGN,
        { input: { placementId: p.id, supportWorkerId: pick(provider.supportWorkerIds), role: 'SECONDARY' } },
        provider.coordinatorToken,
        'assignment.create',
      );
      return;
    }
    if (held.length > 0 && roll < 60) {
      const p = held[0];
      if (Math.random() < 0.15) {
        if (await this.call('releaseHold', RELEASE, { id: p.id }, officer, 'placement.release')) p.status = 'RELEASED';
        else p.status = 'UNKNOWN';
        return;
      }
      const data = await this.call(
        'confirmPlacement',
        CONFIRM,
        { input: { placementId: p.id, survivor: SURVIVOR } },
        officer,
        'placement.confirm',
      );
      p.status = data ? data.confirmPlacement.status : 'UNKNOWN';
      return;
    }
    if (awaiting.length > 0 && roll < 70) {
      const p = awaiting[0];
      if (Math.random() < 0.1) {
        const data = await this.call('declinePlacement', DECLINE, { id: p.id }, coordinator(p), 'placement.decline');
        p.status = data ? 'DECLINED' : 'UNKNOWN';
      } else {
        const data = await this.call('acceptPlacement', ACCEPT, { id: p.id }, coordinator(p), 'placement.accept');
        p.status = data ? 'CONFIRMED' : 'UNKNOWN';
      }
      return;
    }
    if (confirmed.length > 0 && roll < 78) {
      const p = confirmed[0];
      const data = await this.call('recordArrival', ARRIVE, { id: p.id }, coordinator(p), 'placement.arrive');
      p.status = data ? 'ARRIVED' : 'UNKNOWN';
      return;
    }
    if (arrived.length > 0 && roll < 86) {
      const p = arrived[0];
      const data = await this.call('recordDeparture', DEPART, { id: p.id }, coordinator(p), 'placement.depart');
      p.status = data ? 'DEPARTED' : 'UNKNOWN';
      return;
    }
    if (roll < 93 && held.length < 3) {
      const provider = Math.floor(Math.random() * this.plan.providers.length);
      const beds = this.plan.providers[provider].bedIds;
      const seen = this.lastSeenBeds.filter((id) => beds.includes(id));
      const bedId = seen.length > 0 && Math.random() < 0.7 ? pick(seen) : pick(beds);
      const nights = 1 + Math.floor(Math.random() * 3);
      const data = await this.call('holdBed', HOLD, { input: { bedId, nights } }, officer, 'placement.hold');
      if (data) mine.push({ id: data.holdBed.id, provider, status: 'HELD' });
      return;
    }
    const data = await this.call(
      'searchAvailability',
      SEARCH,
      { input: { near: this.plan.near, guestGender: 'WOMAN', nights: 2, radiusKm: 50 } },
      officer,
      null,
    );
    if (data) {
      this.lastSeenBeds = data.searchAvailability.flatMap((hit: { availableBeds: { id: string }[] }) =>
        hit.availableBeds.map((bed) => bed.id),
      );
    }
  }

  private inspection(safehouseId: string) {
    const questions = ['SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED'];
    return {
      safehouseId,
      inspectedOn: this.plan.inspectedOn,
      kind: 'ANNOUNCED',
      inspectorName: 'Soak Inspector',
      ratings: questions.map((keyQuestion) => ({ keyQuestion, rating: 'GOOD', summary: 'As seen on the soak' })),
    };
  }

  /** One GraphQL request; the data on success, else null (the error is counted). */
  private async call(
    operation: string,
    query: string,
    variables: object,
    token: string,
    action: string | null,
  ): Promise<any> {
    const r = this.report;
    r.requests[operation] = (r.requests[operation] ?? 0) + 1;
    const started = performance.now();
    let status = 0;
    let body: { data?: unknown; errors?: { message: string; extensions?: { code?: string; reason?: string } }[] } = {};
    try {
      const response = await fetch(this.plan.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      status = response.status;
      body = (await response.json()) as typeof body;
    } catch (error) {
      body = { errors: [{ message: String(error), extensions: { code: 'NETWORK' } }] };
    }
    (r.latencies[operation] ??= []).push(performance.now() - started);
    const error = body.errors?.[0];
    if (!error && status === 200 && body.data) {
      if (action) r.actions[action] = (r.actions[action] ?? 0) + 1;
      return body.data;
    }
    const code = error?.extensions?.code ?? `HTTP_${status}`;
    const key = `${operation} ${code}${error?.extensions?.reason ? `/${error.extensions.reason}` : ''}`;
    r.errors[key] = (r.errors[key] ?? 0) + 1;
    if (status >= 500 || code === 'INTERNAL_SERVER_ERROR' || code === 'NETWORK') {
      r.serverErrors++;
      if (r.serverErrorSamples.length < 5) r.serverErrorSamples.push(`${operation}: ${status} ${error?.message ?? ''}`);
    }
    return null;
  }
}

// Forked by scripts/soak.ts: one plan in, one report out.
if (typeof process.send === 'function' && process.env.HAVEN_SOAK_WORKER === '1') {
  process.once('message', (plan: SoakWorkerPlan) => {
    new SoakLoad(plan).run().then(
      (report) => process.send!({ report }, () => process.exit(0)),
      (error: unknown) => process.send!({ error: String(error) }, () => process.exit(1)),
    );
  });
}
