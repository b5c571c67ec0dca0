import { DomainError } from '../errors/domain-error';
import { CursorShape, checkPageRequest, decodeCursor, encodeCursor } from './connection';

const PLACEMENTS: CursorShape = { list: 'placements', parts: ['timestamp', 'uuid'] };
const AUDIT: CursorShape = { list: 'auditEvents', parts: ['serial'] };
const ID = '3f2b8c1e-9d4a-4b6e-8f0a-1c2d3e4f5a6b';

const crafted = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

function refusal(after: string, shape: CursorShape) {
  try {
    checkPageRequest(20, after, shape);
  } catch (error) {
    return error instanceof DomainError ? { code: error.code, field: error.field } : error;
  }
  return undefined;
}

describe('cursors', () => {
  it('gives back the sort key of a cursor the service made', () => {
    const key = ['2026-03-01T21:30:00.123Z', ID];
    expect(decodeCursor(PLACEMENTS, encodeCursor(PLACEMENTS, key))).toEqual(key);
    expect(checkPageRequest(5, encodeCursor(AUDIT, ['1234']), AUDIT)).toEqual({ first: 5, after: ['1234'] });
  });

  it.each([
    ['not base64 at all', '%%%', PLACEMENTS],
    ['the old format', crafted(`c:2026-03-01T21:30:00.000Z|${ID}`), PLACEMENTS],
    ["another list's", encodeCursor(AUDIT, ['12']), PLACEMENTS],
    ['a part that is not an id', crafted(`placements:2026-03-01T21:30:00.000Z|Jane Doe`), PLACEMENTS],
    ['a date that is not one', crafted(`placements:2026-13-45T99:00:00.000Z|${ID}`), PLACEMENTS],
    ['too many parts', crafted(`placements:2026-03-01T21:30:00.000Z|${ID}|x`), PLACEMENTS],
    ['a NUL', crafted(`placements:2026-03-01T21:30:00.000Z\u0000|${ID}`), PLACEMENTS],
    ['a serial past bigint', crafted('auditEvents:99999999999999999999'), AUDIT],
    ['far too long', 'A'.repeat(201), AUDIT],
  ])('refuses a crafted cursor (%s) as BAD_USER_INPUT naming after', (_label, after, shape) => {
    expect(refusal(after, shape)).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
