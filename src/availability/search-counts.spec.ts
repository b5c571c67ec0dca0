import { DataSource } from 'typeorm';
import { SearchCounts } from './search-counts';

/** A DataSource that records each write's parameters, or fails while `down`. */
function database() {
  const writes: unknown[][] = [];
  const db = {
    down: false,
    isInitialized: true,
    query: async (_sql: string, parameters: unknown[]) => {
      if (db.down) throw Object.assign(new Error('connection refused'), { code: '57P01' });
      writes.push(parameters);
      return [];
    },
  };
  return { db, writes, counts: new SearchCounts(db as unknown as DataSource) };
}

const woman = { day: '2026-12-06', gender: 'WOMAN', withDependants: false, needsAccessibleBed: false, kind: 'ANY' };
const man = { ...woman, gender: 'MAN' };

describe('SearchCounts', () => {
  it('writes the searches counted since the last write in one statement, by need, then nothing more', async () => {
    const { counts, writes } = database();
    counts.count(woman, true);
    counts.count(woman, false);
    counts.count(man, false);
    await counts.flush();
    expect(writes).toEqual([
      [
        ['2026-12-06', '2026-12-06'],
        ['WOMAN', 'MAN'],
        [false, false],
        [false, false],
        ['ANY', 'ANY'],
        [2, 1],
        [1, 1],
      ],
    ]);
    await counts.flush();
    expect(writes).toHaveLength(1);
  });

  it('keeps what a failed write held for the next, adding what came meanwhile', async () => {
    const { db, counts, writes } = database();
    counts.count(woman, false);
    db.down = true;
    await counts.flush();
    counts.count(woman, true);
    db.down = false;
    await counts.flush();
    expect(writes).toHaveLength(1);
    expect(writes[0].slice(5)).toEqual([[2], [1]]);
  });

  it('writes what is left when the application closes', async () => {
    const { counts, writes } = database();
    counts.onModuleInit();
    counts.count(man, true);
    await counts.onModuleDestroy();
    expect(writes[0].slice(5)).toEqual([[1], [0]]);
  });
});
