import { ApiError, gql } from '../api';
import { graphql } from '../gql';
import { fromBase64url, sameKey, subscriptionInput } from './keys';

/**
 * Push notifications on this device: the service worker (/sw.js, web/src/sw) shows them; the
 * browser's push subscription is registered with Haven for the signed-in user.
 *
 * - on: this browser is subscribed (and, as far as the page knows, Haven has it);
 * - off: it could be, when asked;
 * - blocked: the person (or the browser) said no to notifications for this site;
 * - unsupported: this browser cannot receive push for a web page (e.g. an iPhone's Safari before the
 *   page is added to the home screen).
 */
export type PushState = 'on' | 'off' | 'blocked' | 'unsupported';

const PUSH_PUBLIC_KEY = graphql(`
  query PushPublicKey {
    pushPublicKey
  }
`);

const REGISTER = graphql(`
  mutation RegisterPushSubscription($input: PushSubscriptionInput!) {
    registerPushSubscription(input: $input)
  }
`);

const REMOVE = graphql(`
  mutation RemovePushSubscription($endpoint: String!) {
    removePushSubscription(endpoint: $endpoint)
  }
`);

export const WORKER_URL = '/sw.js';

/** The browser asks its push service (Google's, Mozilla's, Apple's), which may never answer. */
const SUBSCRIBE_TIMEOUT_MS = 20_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('its push service did not answer')), ms);
    promise.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

function supported(): boolean {
  return 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration('/');
  return (await registration?.pushManager.getSubscription()) ?? null;
}

export async function pushState(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  if (Notification.permission === 'denied') return 'blocked';
  if (Notification.permission !== 'granted') return 'off';
  return (await currentSubscription()) ? 'on' : 'off';
}

/**
 * Registers the worker, asks for permission, subscribes with Haven's key and tells Haven. Throws an
 * ApiError in plain words when a step fails; answers the state it ended in.
 */
export async function turnOnPush(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  const { pushPublicKey } = await gql(PUSH_PUBLIC_KEY, {});
  if (!pushPublicKey) throw new ApiError('This Haven service does not send push notifications yet.');
  const key = fromBase64url(pushPublicKey);
  await navigator.serviceWorker.register(WORKER_URL, { scope: '/' });
  const registration = await navigator.serviceWorker.ready;
  const permission = await Notification.requestPermission();
  if (permission === 'denied') return 'blocked';
  if (permission !== 'granted') return 'off';
  let subscription = await registration.pushManager.getSubscription();
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    // Made with another key (Haven's changed): the push service would refuse Haven's messages.
    await subscription.unsubscribe();
    subscription = null;
  }
  try {
    subscription ??= await withTimeout(
      registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key }),
      SUBSCRIBE_TIMEOUT_MS,
    );
  } catch (error) {
    throw new ApiError(
      `This browser could not subscribe to notifications (${(error as Error).message || 'no reason given'}). Try again later, or in another browser.`,
    );
  }
  await gql(REGISTER, { input: subscriptionInput(subscription) });
  return 'on';
}

/** Unsubscribes this browser and tells Haven to forget it. */
export async function turnOffPush(): Promise<PushState> {
  if (!supported()) return 'unsupported';
  const subscription = await currentSubscription();
  if (subscription) {
    await gql(REMOVE, { endpoint: subscription.endpoint });
    await subscription.unsubscribe();
  }
  return pushState();
}

/**
 * At sign-out: this device stops hearing of the person who leaves (the next one to sign in on it
 * must not see their notifications). Best-effort, with the session's token before it ends; a
 * subscription Haven keeps by mistake is removed when the push service says it is gone.
 */
export async function forgetThisDevice(token: string): Promise<void> {
  if (!supported()) return;
  try {
    const subscription = await currentSubscription();
    if (!subscription) return;
    await gql(REMOVE, { endpoint: subscription.endpoint }, { token, keepalive: true }).catch(() => undefined);
    await subscription.unsubscribe();
  } catch {
    // Nothing more to do on a device that cannot say.
  }
}
