/**
 * The view a notification opens: the hash route of its link (`https://haven.example/#/referrals`
 * → `#/referrals`). Only the route is taken, never the origin, so a link can open no other site;
 * without one, the page's start.
 */
export function routeOf(link: unknown): string {
  if (typeof link !== 'string') return '#/';
  let hash: string;
  try {
    hash = new URL(link, 'https://haven.invalid/').hash;
  } catch {
    return '#/';
  }
  return /^#\/[\w\-./%?=&]*$/.test(hash) ? hash : '#/';
}

/** What the worker tells an open tab of the page: go to this route. */
export interface OpenRouteMessage {
  type: 'haven.open';
  route: string;
}

export function isOpenRouteMessage(data: unknown): data is OpenRouteMessage {
  const message = data as OpenRouteMessage | null;
  return message?.type === 'haven.open' && typeof message.route === 'string' && message.route.startsWith('#/');
}
