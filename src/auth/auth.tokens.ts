/** Injection token for the LoginAttemptStore (memory, or Redis when REDIS_URL is set). */
export const LOGIN_ATTEMPTS = Symbol('LOGIN_ATTEMPTS');
