import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import webpush from 'web-push';
import { Settings } from '../config/settings';
import { RenderedMessage } from './notification-message';
import { parseEndpoint, publicOnlyLookup } from './push-endpoint';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What the push service answered: `gone` (404, 410) means the subscription is no more. */
export type PushOutcome = 'sent' | 'gone';

export class PushRefused extends Error {}

const SEND_TIMEOUT_MS = 15_000;
/** How long a push service keeps a message for a browser that is offline: the deadlines are short. */
const TIME_TO_LIVE_S = 4 * 60 * 60;

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292), the payload encrypted to the browser (RFC 8291,
 * aes128gcm) by the `web-push` library. The library makes the request; this class sends it, so
 * that the connection goes only to a public address (the address checked is the one connected
 * to), or to a host PUSH_ENDPOINTS_ALLOWED names.
 */
@Injectable()
export class PushChannel {
  private keys?: Promise<VapidKeys>;

  constructor(
    private readonly settings: Settings,
    private readonly dataSource: DataSource,
  ) {}

  /**
   * The VAPID key pair: the settings', or the one kept in the database, made by the first instance
   * that needed it (insert if absent, then read: two instances starting at once get the same pair).
   */
  vapidKeys(): Promise<VapidKeys> {
    this.keys ??= this.loadKeys().catch((error: unknown) => {
      this.keys = undefined;
      throw error;
    });
    return this.keys;
  }

  private async loadKeys(): Promise<VapidKeys> {
    const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = this.settings;
    if (publicKey && privateKey) return { publicKey, privateKey };
    const made = webpush.generateVAPIDKeys();
    await this.dataSource.query(
      `INSERT INTO vapid_key (id, public_key, private_key) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING`,
      [made.publicKey, made.privateKey],
    );
    const [row]: { public_key: string; private_key: string }[] = await this.dataSource.query(
      `SELECT public_key, private_key FROM vapid_key WHERE id = 1`,
    );
    return { publicKey: row.public_key, privateKey: row.private_key };
  }

  private subject(): string {
    if (this.settings.VAPID_SUBJECT) return this.settings.VAPID_SUBJECT;
    const address = /<([^>]+)>/.exec(this.settings.MAIL_FROM)?.[1] ?? this.settings.MAIL_FROM;
    return `mailto:${address.trim()}`;
  }

  /** Throws PushRefused (or a network error) when the push service did not take the message. */
  async send(target: PushTarget, message: RenderedMessage): Promise<PushOutcome> {
    const { url, allowed } = parseEndpoint(target.endpoint, this.settings.PUSH_ENDPOINTS_ALLOWED);
    const keys = await this.vapidKeys();
    const details = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      JSON.stringify(message.push),
      {
        vapidDetails: { subject: this.subject(), publicKey: keys.publicKey, privateKey: keys.privateKey },
        TTL: TIME_TO_LIVE_S,
        urgency: 'high',
        contentEncoding: 'aes128gcm',
      },
    );
    const status = await new Promise<number>((resolve, reject) => {
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        url,
        {
          method: details.method,
          headers: details.headers,
          timeout: SEND_TIMEOUT_MS,
          ...(allowed ? {} : { lookup: publicOnlyLookup }),
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      req.on('timeout', () => req.destroy(new PushRefused('the push service did not answer in time')));
      req.on('error', reject);
      req.end(details.body ?? undefined);
    });
    if (status === 404 || status === 410) return 'gone';
    if (status < 200 || status >= 300) throw new PushRefused(`the push service answered ${status}`);
    return 'sent';
  }
}
