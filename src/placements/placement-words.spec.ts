import { PlacementStatus } from './placement-enums';
import { STATUS_IN_WORDS, Transition, invalidTransition } from './placement-words';

const TRANSITIONS: Transition[] = ['release', 'confirm', 'cancel', 'accept', 'decline', 'arrive', 'no_show', 'depart'];

describe('the words of a refused change of status', () => {
  it('reads as a plain sentence for every status and every change', () => {
    for (const status of Object.values(PlacementStatus)) {
      for (const transition of TRANSITIONS) {
        const { message, reason } = invalidTransition(status, transition);
        expect(reason).toBe('INVALID_TRANSITION');
        expect(message).toMatch(/^This placement is [a-z' ()-]+, so it cannot be [a-z -]+\.$/);
        expect(message).not.toMatch(/eded|canceled|showed|_|[A-Z]{2}/);
      }
    }
  });

  it('says each one as an officer would', () => {
    expect(invalidTransition(PlacementStatus.CANCELLED, 'confirm').message).toBe(
      'This placement is cancelled, so it cannot be confirmed.',
    );
    expect(invalidTransition(PlacementStatus.HELD, 'no_show').message).toBe(
      'This placement is held, so it cannot be marked as a no-show.',
    );
    expect(invalidTransition(PlacementStatus.NO_SHOW, 'cancel').message).toBe(
      'This placement is closed (the person did not arrive), so it cannot be cancelled.',
    );
    expect(STATUS_IN_WORDS[PlacementStatus.AWAITING_ACCEPTANCE]).toBe("awaiting the provider's acceptance");
  });
});
