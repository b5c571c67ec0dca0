/**
 * The page's service worker, served as /sw.js so that it may control the whole page. It shows the
 * push messages Haven sends (JSON `{ topic, title, body, url, tag }`, never anything personal: the
 * service sees to that) and opens the view one names when it is tapped. It has no fetch handler:
 * nothing of the API, nor the page, is ever cached here.
 */
import { routeOf, type OpenRouteMessage } from './open-route';

declare const self: ServiceWorkerGlobalScope;

interface PushPayload {
  title?: string;
  body?: string;
  url?: string;
  tag?: string;
}

// A new version takes over at once: the worker keeps no state that an old page could depend on.
self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  let payload: PushPayload = {};
  try {
    payload = (event.data?.json() ?? {}) as PushPayload;
  } catch {
    // Not JSON: still say that something needs attention, rather than drop it silently.
  }
  event.waitUntil(
    self.registration.showNotification(payload.title || 'Haven', {
      body: payload.body ?? 'Something needs you in Haven.',
      tag: payload.tag,
      data: { url: payload.url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(openRoute(routeOf((event.notification.data as PushPayload | null)?.url)));
});

/** Brings an open tab of the page to the front on the route, or opens one there. */
async function openRoute(route: string): Promise<void> {
  const tabs = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const tab = tabs.find((client) => client.focused) ?? tabs[0];
  if (tab) {
    // The tab changes its own hash (web/src/main.tsx): no reload, the signed-in session stays.
    tab.postMessage({ type: 'haven.open', route } satisfies OpenRouteMessage);
    await tab.focus().catch(() => undefined); // focus is allowed only while handling the click
    return;
  }
  await self.clients.openWindow(`${self.location.origin}/${route}`);
}
