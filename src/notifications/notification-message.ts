import { NotificationTopic } from './notification-topic';

/** What one message says: nothing about a person, no address (CONTRACT.md, Notifications). */
export interface MessageFacts {
  topic: NotificationTopic;
  safehouseName: string | null;
  deadline: Date | null;
  outcome: string | null;
  /** The full address of the page view: PUBLIC_URL and a hash route. */
  url: string;
  /** The event's key: a phone shows two events as two notices, and one event sent again as one. */
  eventKey?: string;
}

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  /** The Web Push payload the page's service worker shows (title, body, the view to open). */
  push: { topic: NotificationTopic; title: string; body: string; url: string; tag: string };
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});
const LONDON_DAY = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** Instants in London time ("Sun 6 Dec, 03:30"); a date-only deadline (support ends) as a day. */
function when(deadline: Date, dayOnly: boolean): string {
  return dayOnly ? LONDON_DAY.format(deadline) : LONDON.format(deadline).replace(/,? (\d\d:\d\d)$/, ', $1');
}

/** The headline and the sentence per topic. */
function words(facts: MessageFacts): { title: string; line: string } {
  const house = facts.safehouseName ?? 'a house';
  const by = (dayOnly = false) => (facts.deadline ? when(facts.deadline, dayOnly) : undefined);
  switch (facts.topic) {
    case NotificationTopic.REFERRAL_RECEIVED:
      return facts.outcome === 'booked'
        ? {
            title: `New booking: ${house}`,
            line: `A booking was made at ${house}: someone is on the way${by() ? `, arriving from ${by()}` : ''}.`,
          }
        : {
            title: `New referral: ${house}`,
            line: `A referral to ${house} needs your answer by ${by() ?? 'soon'}.`,
          };
    case NotificationTopic.REFERRAL_OVERDUE:
      return {
        title: `Referral not answered: ${house}`,
        line: `A referral to ${house} was due an answer by ${by() ?? 'now'} and has none yet. Please act or phone.`,
      };
    case NotificationTopic.REFERRAL_ANSWERED:
      return {
        title: `Referral ${facts.outcome ?? 'answered'}: ${house}`,
        line:
          facts.outcome === 'lapsed'
            ? `Your referral to ${house} was not answered in time and has lapsed: the bed is free. Please place elsewhere.`
            : `Your referral to ${house} was ${facts.outcome ?? 'answered'}.`,
      };
    case NotificationTopic.PLACEMENT_MISSING:
      return {
        title: `Reported missing: ${house}`,
        line: `A resident of ${house} was recorded as missing. Please follow it up now.`,
      };
    case NotificationTopic.CAPACITY_STALE:
      return {
        title: `Confirm your beds: ${house}`,
        line: `The beds shown for ${house} have not been confirmed since ${by() ?? 'a while'}. Please confirm them so duty officers can trust them.`,
      };
    case NotificationTopic.ACTION_DUE:
      return {
        title: `Inspection action due: ${house}`,
        line: `An inspection action for ${house} is due on ${by(true) ?? 'soon'}.`,
      };
    case NotificationTopic.SUPPORT_ENDING:
      return {
        title: 'Support ending soon',
        line: `Support for a person in your care ends on ${by(true) ?? 'soon'}. Please check their move-on plan.`,
      };
  }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The message for one delivery. Made from the topic, the house's name, the deadline and a link:
 * what a lock screen may show. Everything else is behind the sign-in at the link.
 */
export function renderMessage(facts: MessageFacts): RenderedMessage {
  const { title, line } = words(facts);
  const open = 'Sign in to see more:';
  const text = `${line}\n\n${open} ${facts.url}\n\n— Haven. You can choose which notices you get in the page's settings.\n`;
  const html =
    `<!doctype html><html><body style="font-family:sans-serif">` +
    `<p>${escapeHtml(line)}</p>` +
    `<p><a href="${escapeHtml(facts.url)}">${escapeHtml(open.replace(/:$/, ''))}</a></p>` +
    `<p style="color:#555;font-size:small">Haven. You can choose which notices you get in the page's settings.</p>` +
    `</body></html>`;
  return {
    subject: `Haven: ${title}`,
    text,
    html,
    push: { topic: facts.topic, title, body: line, url: facts.url, tag: facts.eventKey ?? facts.topic },
  };
}
