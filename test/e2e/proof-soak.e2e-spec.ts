import { formatSoak, runSoak } from '../../scripts/soak';
import { createTestDatabase } from '../support/test-database';

/** The short form of `npm run soak`: the same load and the same invariants, for a few seconds. */
describe('soak (short form)', () => {
  it('keeps every invariant under a mixed load from three processes', async () => {
    const database = await createTestDatabase();
    try {
      const result = await runSoak({ databaseUrl: database.url, seconds: 12, workers: 3, agents: 3 });
      process.stdout.write(`${formatSoak(result)}\n`);

      expect(result.invariants.filter((invariant) => !invariant.ok)).toEqual([]);
      expect(result.invariants.map((invariant) => invariant.name)).toEqual([
        'no two live occupations of a bed overlap',
        'every confirmed or resident placement holds its bed',
        'no caseload above its maximum',
        'no assignment left open on a referral or support case that ended',
        'one audit row per successful mutation',
        'no audit rows but those of the mutations and their side effects',
        'every confirmed or resident placement belongs to an open support case',
        'no 5xx or INTERNAL_SERVER_ERROR',
      ]);
      expect(result.serverErrors).toBe(0);
      // The load was mixed: every step of a stay happened, and beds were fought over.
      for (const action of ['placement.hold', 'placement.confirm', 'placement.arrive', 'placement.depart']) {
        expect(result.actions[action]).toBeGreaterThan(0);
        expect(result.audited[action]).toBe(result.actions[action]);
      }
      expect(result.requests.searchAvailability).toBeGreaterThan(0);
      expect(result.requests.confirmCapacity).toBeGreaterThan(0);
      expect(result.totalRequests).toBeGreaterThan(100);
    } finally {
      await database.drop();
    }
  }, 60_000);
});
