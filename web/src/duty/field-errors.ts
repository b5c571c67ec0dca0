/** Form errors by control id (kept apart from parts.tsx so the pure rules need no JSX). */
export type FieldErrors = Record<string, string>;
