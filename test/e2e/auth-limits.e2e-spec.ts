import { randomInt } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { AuditEventEntity } from '../../src/audit/audit-event.entity';
import { Role } from '../../src/common/roles';
import { TestApp } from '../support/test-app';
import { WORLD_PASSWORD } from '../support/world';
import { LimitsProbe, WRONG_CREDENTIALS, someAddress } from '../support/sign-in-limits';

const address = someAddress;

describe('sign-in limits (one instance, counters in memory)', () => {
  let t: TestApp;
  let probe: LimitsProbe;
  beforeAll(async () => {
    // Behind one proxy: the client is the right-most X-Forwarded-For entry.
    t = await TestApp.start({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_ADDRESS: '1000' });
    probe = new LimitsProbe([t], [await t.listen()]);
  });
  afterAll(async () => {
    probe.restore();
    await t.close();
  });

  it('checks at most 5 of 50 wrong passwords sent at once, then refuses the right one from that address as locked, and accepts it from another', async () => {
    await probe.burstThenRightPassword(t);
  });

  it('counts the right-most X-Forwarded-For entry, never what the caller wrote before it', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const client = address();
    for (let i = 0; i < t.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT; i++) {
      const spoofed = `203.0.113.${i + 1}, 192.0.2.${randomInt(1, 255)}`;
      const wrong = await probe.login(officer.email, `wrong ${i}`, `${spoofed}, ${client}`);
      expect(wrong.errors![0].message).toBe(WRONG_CREDENTIALS);
    }
    const spoofed = await probe.login(officer.email, WORLD_PASSWORD, `192.0.2.200, ${client}`);
    expect(spoofed.errors![0].message).toMatch(/Too many failed sign-ins to this account from your network/);
    const realOther = await probe.login(officer.email, WORLD_PASSWORD, `${client}, ${address()}`);
    expect(realOther.errors).toBeUndefined();
  });

  it('locks the account from every address after ten times the limit, spread over addresses that each stay under it', async () => {
    t.clock.set('2030-06-01T12:00:00.000Z'); // however long fifty password checks take
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const perAddress = t.settings.LOGIN_MAX_FAILURES_PER_ACCOUNT;
    const addresses = Array.from({ length: 10 }, (_, i) => `192.0.2.${i + 10}`);
    const wrongs = await Promise.all(
      addresses.flatMap((from) =>
        Array.from({ length: perAddress }, (_, i) => probe.login(officer.email, `wrong ${i}`, from)),
      ),
    );
    expect(wrongs.every((response) => response.errors![0].message === WRONG_CREDENTIALS)).toBe(true);
    const locked = await probe.login(officer.email, WORLD_PASSWORD, address());
    expect(locked.errors![0].message).toMatch(/Too many failed sign-ins to this account: it is locked for 15 minutes/);
    // the window passes by the service's clock
    t.clock.advance(t.settings.LOGIN_LOCKOUT_MINUTES * 60_000);
    try {
      expect((await probe.login(officer.email, WORLD_PASSWORD, address())).errors).toBeUndefined();
    } finally {
      t.clock.reset();
    }
  }, 180_000); // fifty password checks

  it('logs and audits a failed sign-in with the account when there is one, never the password or the email typed', async () => {
    const officer = await t.world.login(Role.DUTY_OFFICER);
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      await probe.login(officer.email.toUpperCase(), 'Hunter2-secret-guess', address());
      await probe.login('nobody-here@test.example', 'Another-secret-guess', address());
      const lines = warn.mock.calls.map((call) => JSON.stringify(call));
      const failures = lines.filter((line) => line.includes('Failed sign-in'));
      expect(failures).toHaveLength(2);
      expect(failures[0]).toContain(officer.userId);
      for (const line of failures) {
        expect(line).not.toMatch(/Hunter2|Another-secret|nobody-here|@test\.example/i);
      }
    } finally {
      warn.mockRestore();
    }
    const events = await t.dataSource.manager.findBy(AuditEventEntity, { action: 'auth.login_failed' });
    expect(events.filter((event) => event.entityId === officer.userId)).toHaveLength(1);
    expect(events.some((event) => event.entityId === null && event.entityType === 'User')).toBe(true);
    const text = JSON.stringify(await t.dataSource.query('SELECT * FROM audit_event'));
    expect(text).not.toMatch(/Hunter2|Another-secret|nobody-here/i);
  });
});
