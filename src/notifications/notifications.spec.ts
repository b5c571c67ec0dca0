import { renderMessage } from './notification-message';
import { backoffMs } from './notification-sender';
import { NotificationTopic } from './notification-topic';
import { EndpointRefused, checkEndpoint, isPublicAddress, parseEndpoint, publicOnlyLookup } from './push-endpoint';

describe('push endpoints: https on public addresses only', () => {
  it.each([
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['10.20.30.40', false],
    ['172.16.0.1', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['::', false],
    ['fe80::1', false],
    ['fd12:3456::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['224.0.0.1', false],
    ['not an address', false],
  ])('%s is public: %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });

  it.each([
    'http://fcm.googleapis.com/fcm/send/x',
    'https://127.0.0.1/x',
    'https://[::1]/x',
    'https://localhost/x',
    'https://push/x',
    'https://user:pass@push.example.com/x',
    'wss://push.example.com/x',
    'nonsense',
  ])('refuses %s', (endpoint) => {
    expect(() => parseEndpoint(endpoint, [])).toThrow(EndpointRefused);
  });

  it('takes https on a name, and a host PUSH_ENDPOINTS_ALLOWED names by host or host:port, over http too', () => {
    expect(parseEndpoint('https://fcm.googleapis.com/fcm/send/x', []).allowed).toBe(false);
    expect(parseEndpoint('http://127.0.0.1:4000/push/1', ['127.0.0.1:4000']).allowed).toBe(true);
    expect(parseEndpoint('http://receiver.test/push/1', ['receiver.test']).allowed).toBe(true);
    expect(() => parseEndpoint('http://127.0.0.1:4001/push/1', ['127.0.0.1:4000'])).toThrow(EndpointRefused);
  });
});

describe('push endpoints: the address connected to', () => {
  it('refuses a name that resolves to a loopback address, whichever form the caller asks for', async () => {
    for (const options of [{}, { all: true }]) {
      const error = await new Promise((resolve) => publicOnlyLookup('localhost', options, (e) => resolve(e)));
      expect(error).toBeInstanceOf(EndpointRefused);
    }
  });

  it('refuses at registration what the allowed hosts do not name', async () => {
    await expect(checkEndpoint('https://127.0.0.1/push', [])).rejects.toThrow(EndpointRefused);
    await expect(checkEndpoint('http://127.0.0.1:9/push', ['127.0.0.1:9'])).resolves.toBeUndefined();
  });
});

describe('retries', () => {
  it('wait the base, then twice as long each time, at most an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => backoffMs(30, attempts))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(30, 20)).toBe(60 * 60_000);
  });
});

describe('messages', () => {
  const url = 'https://haven.example.org/#/referrals';

  it.each(Object.values(NotificationTopic))('%s says the topic, the house and the link, in text and HTML', (topic) => {
    const message = renderMessage({
      topic,
      safehouseName: 'Rose House',
      deadline: new Date('2026-12-06T03:30:00Z'),
      outcome: 'declined',
      url,
    });
    expect(message.subject).toMatch(/^Haven: /);
    expect(message.text).toContain(url);
    expect(message.html).toContain(`href="${url}"`);
    expect(message.push).toMatchObject({ topic, url });
    if (topic !== NotificationTopic.SUPPORT_ENDING) expect(message.text).toContain('Rose House');
  });

  it('says a booking has someone on the way, and a referral needs an answer', () => {
    const facts = { topic: NotificationTopic.REFERRAL_RECEIVED, safehouseName: 'Rose House', deadline: null, url };
    expect(renderMessage({ ...facts, outcome: 'booked' }).subject).toBe('Haven: New booking: Rose House');
    expect(renderMessage({ ...facts, outcome: 'booked' }).text).toContain('someone is on the way');
    expect(renderMessage({ ...facts, outcome: null }).text).toContain('needs your answer');
  });

  it('gives deadlines in London time', () => {
    const summer = renderMessage({
      topic: NotificationTopic.REFERRAL_RECEIVED,
      safehouseName: 'Rose House',
      deadline: new Date('2026-07-01T02:30:00Z'),
      outcome: null,
      url,
    });
    expect(summer.text).toContain('03:30');
  });

  it('escapes a house name in HTML', () => {
    const message = renderMessage({
      topic: NotificationTopic.CAPACITY_STALE,
      safehouseName: '<b>Rose & Thorn</b>',
      deadline: null,
      outcome: null,
      url,
    });
    expect(message.html).toContain('&lt;b&gt;Rose &amp; Thorn&lt;/b&gt;');
    expect(message.html).not.toContain('<b>Rose');
  });
});
