/**
 * npm run notify:latency — how long a referral takes to reach the people on call: starts the
 * service on loopback (DATABASE_URL, or an embedded in-memory database), a real SMTP server and a
 * Web Push receiver in this process, makes NOTIFY_REFERRALS (default 100) referrals one after
 * another, each declined once its messages arrived (so one bed serves them all), and prints the
 * time from the confirmPlacement request to the coordinator's email and push arriving: median,
 * p95, p99 and max. The notification settings are the defaults, but for SMTP_URL and the receiver
 * allowed in PUSH_ENDPOINTS_ALLOWED.
 *
 *   NOTIFY_REFERRALS=100 DATABASE_URL=postgres://… npm run notify:latency
 */
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { DataSource } from 'typeorm';
import { SMTPServer } from 'smtp-server';
import { PasswordHasher } from '../src/auth/password-hasher';
import { SessionService } from '../src/auth/sessions.service';
import { Clock } from '../src/common/clock';
import { RequestContext } from '../src/common/request-context';
import { OrganisationKind, Role } from '../src/common/roles';
import { loadSettings } from '../src/config/settings';
import { createApp } from '../src/main';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { BedEntity } from '../src/safehouses/bed.entity';
import { Gender } from '../src/safehouses/gender';
import { SafehouseKind } from '../src/safehouses/safehouse-kind';
import { SafehouseEntity, publicPoint } from '../src/safehouses/safehouse.entity';
import { UserEntity } from '../src/users/user.entity';

/** Arrival times (performance.now()) at the receivers, in order. */
const arrivals = { email: [] as number[], push: [] as number[] };

async function startSmtp(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => {
        arrivals.email.push(performance.now());
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function startPushReceiver(): Promise<{ host: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      arrivals.push.push(performance.now());
      response.writeHead(201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { host: `127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(name: string, values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const f = (ms: number) => `${ms.toFixed(0)} ms`;
  return `${name.padEnd(6)} n=${sorted.length}  median ${f(percentile(sorted, 50))}  p95 ${f(percentile(sorted, 95))}  p99 ${f(percentile(sorted, 99))}  max ${f(sorted[sorted.length - 1])}`;
}

async function until(what: string, check: () => boolean, ms = 30_000): Promise<void> {
  const deadline = performance.now() + ms;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`no ${what} within ${ms} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function main() {
  const referrals = Number(process.env.NOTIFY_REFERRALS ?? 100);
  const [smtp, receiver] = await Promise.all([startSmtp(), startPushReceiver()]);
  const settings = loadSettings({
    NODE_ENV: 'development',
    LOG_LEVEL: 'silent',
    HAVEN_DEMO_DATA: 'false',
    SCHEDULER: 'off',
    JWT_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: process.env.DATABASE_URL || 'pglite://memory',
    SMTP_URL: smtp.url,
    PUSH_ENDPOINTS_ALLOWED: receiver.host,
  });
  const app = await createApp(settings);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  try {
    const manager = app.get(DataSource).manager;
    const system = RequestContext.system(app.get(DataSource), app.get(Clock));
    const passwordHash = await app.get(PasswordHasher).hash(randomUUID());
    const organisation = (kind: OrganisationKind) =>
      manager.save(
        manager.create(OrganisationEntity, {
          name: `Latency ${kind.toLowerCase()} ${randomUUID().slice(0, 8)}`,
          kind,
          outOfHoursPhone: kind === OrganisationKind.PROVIDER ? '+44 20 7946 0000' : null,
          region: null,
        }),
      );
    const login = async (role: Role, organisationId: string) => {
      const user = await manager.save(
        manager.create(UserEntity, {
          email: `latency-${role.toLowerCase()}-${randomUUID().slice(0, 8)}@latency.example`,
          passwordHash,
          displayName: `Latency ${role}`,
          role,
          organisationId,
        }),
      );
      return (await app.get(SessionService).start(system, user.id)).accessToken;
    };
    const provider = await organisation(OrganisationKind.PROVIDER);
    const responder = await organisation(OrganisationKind.RESPONDER);
    const coordinator = await login(Role.PROVIDER_COORDINATOR, provider.id);
    const officer = await login(Role.DUTY_OFFICER, responder.id);
    const point = publicPoint(53.4808, -2.2426);
    const house = await manager.save(
      manager.create(SafehouseEntity, {
        providerId: provider.id,
        name: 'Latency house',
        kind: SafehouseKind.SAFEHOUSE,
        area: 'Manchester',
        address: '1 Latency Street',
        postcode: 'M1 1AA',
        acceptsGenders: [Gender.WOMAN],
        acceptsDependants: false,
        stepFreeAccess: false,
        languages: ['en'],
        open24Hours: true,
        opensAt: null,
        closesAt: null,
        instantBooking: false,
        referralsSuspended: false,
        suspensionReason: null,
        capacityConfirmedAt: new Date(),
        latitude: 53.4808,
        longitude: -2.2426,
        publicLatitude: point.latitude,
        publicLongitude: point.longitude,
      }),
    );
    const bed = await manager.save(
      manager.create(BedEntity, { safehouseId: house.id, label: 'Room 1', sleeps: 1, accessible: false }),
    );

    const gql = async (token: string, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
      if (body.errors) throw new Error(body.errors[0].message);
      return body.data;
    };
    // The coordinator's phone: a browser subscription with real keys.
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    await gql(coordinator, `mutation($input: PushSubscriptionInput!) { registerPushSubscription(input: $input) }`, {
      input: {
        endpoint: `http://${receiver.host}/push/latency`,
        p256dh: ecdh.getPublicKey().toString('base64url'),
        auth: randomBytes(16).toString('base64url'),
      },
    });

    const latency = { email: [] as number[], push: [] as number[] };
    for (let i = 0; i < referrals; i++) {
      const held = await gql(officer, `mutation($input: HoldBedInput!) { holdBed(input: $input) { id } }`, {
        input: { bedId: bed.id, nights: 1 },
      });
      const [emailsBefore, pushesBefore] = [arrivals.email.length, arrivals.push.length];
      const sent = performance.now();
      await gql(officer, `mutation($input: ConfirmPlacementInput!) { confirmPlacement(input: $input) { id } }`, {
        input: {
          placementId: held.holdBed.id,
          survivor: { gender: 'WOMAN', adult: true, nrmStatus: 'REFERRED', consentToReferral: true },
        },
      });
      await until('email', () => arrivals.email.length > emailsBefore);
      await until('push', () => arrivals.push.length > pushesBefore);
      latency.email.push(arrivals.email[emailsBefore] - sent);
      latency.push.push(arrivals.push[pushesBefore] - sent);
      // Declined, the bed is free for the next one (the officer's answer email is not counted).
      await gql(coordinator, `mutation($id: ID!) { declinePlacement(placementId: $id, reason: NO_CAPACITY) { id } }`, {
        id: held.holdBed.id,
      });
      await until('the answer', () => arrivals.email.length > emailsBefore + 1);
    }
    const database = settings.isEmbeddedDatabase ? 'embedded PGlite' : 'PostgreSQL';
    process.stdout.write(
      `referral → message received, ${referrals} referrals, ${database}, poll ${settings.NOTIFICATION_POLL_MS} ms (and a wake after each commit):\n` +
        `${summary('email', latency.email)}\n${summary('push', latency.push)}\n`,
    );
  } finally {
    await app.close();
    await Promise.all([smtp.close(), receiver.close()]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`notify-latency: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
