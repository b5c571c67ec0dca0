/** http_ece (RFC 8188 / RFC 8291 content encoding) ships no types: the one call the push receiver makes. */
declare module 'http_ece' {
  export function decrypt(buffer: Buffer, params: Record<string, unknown>): Buffer;
}
