/**
 * The browser gives a push subscription's keys as bytes; the API takes them base64url (RFC 4648 §5,
 * no padding), as the Web Push encryption spec writes them. The VAPID public key comes the other
 * way.
 */
export function base64url(bytes: ArrayBuffer | Uint8Array | null): string {
  if (!bytes) return '';
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let binary = '';
  for (const byte of view) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (padded or not, or plain base64) to bytes: for PushManager's applicationServerKey. */
export function fromBase64url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What PushSubscription has that the API needs (a structural type, so a test can make one). */
export interface SubscriptionLike {
  endpoint: string;
  getKey(name: 'p256dh' | 'auth'): ArrayBuffer | null;
}

/** registerPushSubscription's input from the browser's subscription. */
export function subscriptionInput(subscription: SubscriptionLike): { endpoint: string; p256dh: string; auth: string } {
  return {
    endpoint: subscription.endpoint,
    p256dh: base64url(subscription.getKey('p256dh')),
    auth: base64url(subscription.getKey('auth')),
  };
}

/** Whether a subscription was made with this server key (a new key needs a new subscription). */
export function sameKey(a: ArrayBuffer | null | undefined, b: Uint8Array): boolean {
  if (!a) return false;
  const view = new Uint8Array(a);
  return view.length === b.length && view.every((byte, i) => byte === b[i]);
}
