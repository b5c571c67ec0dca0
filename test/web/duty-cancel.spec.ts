import { CANCEL_REASONS, buildCancel } from '../../web/src/duty/cancel';
import { schemaEnum } from './schema-enums';

describe('why a placement is cancelled', () => {
  it('sends the choice as why and the note as the reason the provider reads', () => {
    expect(buildCancel('SURVIVOR_DECLINED', '  Too near where she was held  ')).toEqual({
      input: { why: 'SURVIVOR_DECLINED', reason: 'Too near where she was held' },
      errors: {},
    });
  });

  it('puts the choice in words as the reason when nothing is added', () => {
    expect(buildCancel('PLACED_ELSEWHERE', ' ')).toEqual({
      input: { why: 'PLACED_ELSEWHERE', reason: 'Placed somewhere else.' },
      errors: {},
    });
  });

  it('asks for a choice first', () => {
    expect(buildCancel('', 'No longer needed')).toEqual({
      errors: { 'cancel-why': 'Choose why the placement is cancelled.' },
    });
  });

  it('asks what happened for "Something else", and keeps a note within 500 characters', () => {
    expect(buildCancel('OTHER', '').errors).toEqual({
      'cancel-note': 'Say why in a few words: you chose "Something else".',
    });
    expect(buildCancel('NO_LONGER_NEEDED', 'x'.repeat(501)).errors).toEqual({
      'cancel-note': 'The note must be at most 500 characters.',
    });
    expect(buildCancel('NO_LONGER_NEEDED', 'x'.repeat(500)).input?.reason).toHaveLength(500);
  });

  it("offers each of the API's reasons once, the first control being the group's", () => {
    expect(CANCEL_REASONS.map((option) => option.value).sort()).toEqual(schemaEnum('CancelReason'));
    expect(CANCEL_REASONS[0].id).toBe('cancel-why');
  });
});
