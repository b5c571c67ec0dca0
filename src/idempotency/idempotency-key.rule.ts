/** The idempotency key's rule, shared by the hold, confirm and direct placement inputs. */
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,100}$/;
export const idempotencyKeyMessage = { message: 'idempotencyKey must be 8 to 100 letters, digits or . _ : -' };
