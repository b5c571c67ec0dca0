import { Logger } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { Clock } from './clock';
import { RequestContext, TRANSACTION_ATTEMPTS } from './request-context';

/** A DataSource whose transactions only count themselves: each run gets a manager "in a transaction". */
function countingDataSource() {
  const runs = { count: 0 };
  const dataSource = {
    manager: {} as EntityManager,
    transaction: async <T>(work: (manager: EntityManager) => Promise<T>) => {
      runs.count += 1;
      return work({ queryRunner: { isTransactionActive: true } } as unknown as EntityManager);
    },
  } as unknown as DataSource;
  return { ctx: RequestContext.system(dataSource, new Clock()), runs };
}

const failure = (code: string) => new QueryFailedError('SELECT 1', [], Object.assign(new Error(code), { code }));

describe('RequestContext.transaction', () => {
  beforeEach(() => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('runs a deadlock loser again, from the start, and answers with the run that committed', async () => {
    const { ctx, runs } = countingDataSource();
    let calls = 0;
    const answer = await ctx.transaction(async () => {
      calls += 1;
      if (calls < TRANSACTION_ATTEMPTS) throw failure(calls === 1 ? '40P01' : '40001');
      return 'done';
    });
    expect(answer).toBe('done');
    expect(runs.count).toBe(TRANSACTION_ATTEMPTS);
  });

  it(`gives the failure to the caller after ${TRANSACTION_ATTEMPTS} runs`, async () => {
    const { ctx, runs } = countingDataSource();
    await expect(
      ctx.transaction(async () => {
        throw failure('40P01');
      }),
    ).rejects.toBeInstanceOf(QueryFailedError);
    expect(runs.count).toBe(TRANSACTION_ATTEMPTS);
  });

  it.each([
    ['a broken rule (unique violation)', failure('23505')],
    ['a lock waited for too long', failure('55P03')],
    ['a statement cancelled', failure('57014')],
    ['anything else', new Error('no')],
  ])('never runs again after %s', async (_what, error) => {
    const { ctx, runs } = countingDataSource();
    await expect(ctx.transaction(() => Promise.reject(error))).rejects.toBe(error);
    expect(runs.count).toBe(1);
  });

  it('runs a joined transaction once: the outermost, which owns the transaction, runs it all again', async () => {
    const { ctx, runs } = countingDataSource();
    let inner = 0;
    const answer = await ctx.transaction((tx) =>
      tx.transaction(async () => {
        inner += 1;
        if (inner === 1) throw failure('40P01');
        return inner;
      }),
    );
    expect(answer).toBe(2);
    expect(runs.count).toBe(2);
  });
});
