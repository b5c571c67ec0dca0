import { createECDH, randomBytes } from 'node:crypto';
import { base64url, fromBase64url, sameKey, subscriptionInput } from '../../web/src/push/keys';
import { isOpenRouteMessage, routeOf } from '../../web/src/sw/open-route';

const arrayBuffer = (bytes: Buffer): ArrayBuffer => new Uint8Array(bytes).buffer;

describe('push subscription keys, as the API takes them', () => {
  it('writes bytes base64url without padding, as Node does', () => {
    for (let length = 0; length < 70; length++) {
      const bytes = randomBytes(length);
      expect(base64url(arrayBuffer(bytes))).toBe(bytes.toString('base64url'));
      expect(base64url(new Uint8Array(bytes))).toBe(bytes.toString('base64url'));
    }
    // the bytes whose base64 has + and /
    expect(base64url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
    expect(base64url(null)).toBe('');
  });

  it('reads base64url, padded or not, back to the same bytes', () => {
    for (let length = 1; length < 70; length++) {
      const bytes = randomBytes(length);
      expect(Buffer.from(fromBase64url(bytes.toString('base64url')))).toEqual(bytes);
      expect(Buffer.from(fromBase64url(bytes.toString('base64')))).toEqual(bytes);
    }
  });

  it('gives registerPushSubscription the endpoint, the 65-byte P-256 key and the 16-byte secret', () => {
    const ecdh = createECDH('prime256v1');
    const p256dh = ecdh.generateKeys();
    const auth = randomBytes(16);
    const input = subscriptionInput({
      endpoint: 'https://push.example/send/abc',
      getKey: (name) => arrayBuffer(name === 'p256dh' ? p256dh : auth),
    });
    expect(input).toEqual({
      endpoint: 'https://push.example/send/abc',
      p256dh: p256dh.toString('base64url'),
      auth: auth.toString('base64url'),
    });
    expect(input.p256dh).toMatch(/^[A-Za-z0-9_-]{87}$/);
    expect(input.auth).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('knows a subscription made with another server key', () => {
    const key = randomBytes(65);
    expect(sameKey(arrayBuffer(key), new Uint8Array(key))).toBe(true);
    expect(sameKey(arrayBuffer(randomBytes(65)), new Uint8Array(key))).toBe(false);
    expect(sameKey(null, new Uint8Array(key))).toBe(false);
  });
});

describe('the view a tapped notification opens', () => {
  it('takes the hash route of the link, never its origin', () => {
    expect(routeOf('https://haven.example/#/referrals')).toBe('#/referrals');
    expect(routeOf('https://haven.example/#/cases/abc-123')).toBe('#/cases/abc-123');
    expect(routeOf('https://elsewhere.example/#/placement/9')).toBe('#/placement/9');
  });

  it('falls back to the start of the page for a link without a route, or no link', () => {
    expect(routeOf('https://haven.example/')).toBe('#/');
    expect(routeOf('https://haven.example/#top')).toBe('#/');
    expect(routeOf('not a url at all')).toBe('#/');
    expect(routeOf(undefined)).toBe('#/');
    expect(routeOf(42)).toBe('#/');
  });

  it('keeps markup in a route escaped', () => {
    expect(routeOf('https://haven.example/#/x"><script>')).toBe('#/x%22%3E%3Cscript%3E');
  });

  it('accepts only its own message to a tab', () => {
    expect(isOpenRouteMessage({ type: 'haven.open', route: '#/referrals' })).toBe(true);
    expect(isOpenRouteMessage({ type: 'haven.open', route: 'https://evil.example/' })).toBe(false);
    expect(isOpenRouteMessage({ type: 'other', route: '#/referrals' })).toBe(false);
    expect(isOpenRouteMessage(null)).toBe(false);
  });
});
