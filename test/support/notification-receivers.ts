import { ECDH, createECDH, randomBytes } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import * as ece from 'http_ece';
import { SMTPServer } from 'smtp-server';

/** One email as the SMTP server took it: the envelope, the raw message and its decoded text. */
export interface ReceivedMail {
  at: number;
  from: string;
  to: string[];
  raw: string;
  /** Subject and bodies, transfer encodings undone: what a reader sees. */
  text: string;
  subject: string;
}

/** A refusal the test asks of the server for one recipient: the SMTP reply code. */
type Refusal = { code: number; message: string };

/**
 * A real SMTP server in the test process (smtp-server): takes every message, or refuses RCPT
 * for addresses the test names, and keeps what arrived and every attempt per address.
 */
export class MailCatcher {
  readonly received: ReceivedMail[] = [];
  /** Every RCPT TO, accepted or refused, with its time: retries and their spacing. */
  readonly attempts: { to: string; at: number; refused: boolean }[] = [];
  private readonly refusals = new Map<string, Refusal>();
  private server!: SMTPServer;
  port = 0;

  static async start(): Promise<MailCatcher> {
    const catcher = new MailCatcher();
    catcher.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        const to = address.address.toLowerCase();
        const refusal = catcher.refusals.get(to);
        catcher.attempts.push({ to, at: Date.now(), refused: !!refusal });
        if (!refusal) return callback();
        const error = new Error(refusal.message) as Error & { responseCode: number };
        error.responseCode = refusal.code;
        callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          const decoded = decodeMime(raw);
          catcher.received.push({
            at: Date.now(),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            raw,
            text: decoded,
            subject: /^Subject: (.*)$/m.exec(decoded)?.[1] ?? '',
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => catcher.server.listen(0, '127.0.0.1', resolve));
    catcher.port = (catcher.server.server.address() as AddressInfo).port;
    return catcher;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  refuse(address: string, code = 550, message = 'Mailbox unavailable'): void {
    this.refusals.set(address.toLowerCase(), { code, message });
  }

  to(address: string): ReceivedMail[] {
    return this.received.filter((mail) => mail.to.includes(address.toLowerCase()));
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Undoes quoted-printable, base64 bodies and encoded words, so a scan sees what a reader reads. */
export function decodeMime(raw: string): string {
  const qp = Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
  const words = qp.replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, kind: string, body: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(body, 'base64').toString('utf8')
      : Buffer.from(
          body
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/g, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const base64Parts = [
    ...raw.matchAll(/Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi),
  ].map((match) => Buffer.from(match[1].replace(/\s+/g, ''), 'base64').toString('utf8'));
  return [words, ...base64Parts].join('\n');
}

/** A browser's side of a push subscription: its keys, and what the service may call it. */
export interface BrowserSubscription {
  id: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  ecdh: ECDH;
  authSecret: Buffer;
}

export interface ReceivedPush {
  at: number;
  subscription: string;
  /** The decrypted payload, as the service worker would read it. */
  payload: { topic: string; title: string; body: string; url: string; tag: string };
  text: string;
  authorization: string;
}

/**
 * A real Web Push receiver: a local HTTP endpoint per subscription that decrypts each message
 * (RFC 8291, aes128gcm) with the subscription's own keys, as a push service and browser would
 * together. A subscription may be told to answer a status instead (410: gone).
 */
export class PushReceiver {
  readonly received: ReceivedPush[] = [];
  /** Every POST, with the status answered. */
  readonly posts: { subscription: string; status: number; at: number }[] = [];
  private readonly subscriptions = new Map<string, BrowserSubscription>();
  private readonly answers = new Map<string, number>();
  private server!: Server;
  port = 0;

  static async start(): Promise<PushReceiver> {
    const receiver = new PushReceiver();
    receiver.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const id = (request.url ?? '').split('/').pop() ?? '';
        const subscription = receiver.subscriptions.get(id);
        const status = !subscription ? 404 : (receiver.answers.get(id) ?? 201);
        receiver.posts.push({ subscription: id, status, at: Date.now() });
        if (status === 201 && subscription) {
          try {
            const text = ece
              .decrypt(Buffer.concat(chunks), {
                version: 'aes128gcm',
                privateKey: subscription.ecdh,
                authSecret: subscription.authSecret.toString('base64url'),
              })
              .toString('utf8');
            receiver.received.push({
              at: Date.now(),
              subscription: id,
              payload: JSON.parse(text),
              text,
              authorization: String(request.headers.authorization ?? ''),
            });
          } catch {
            response.writeHead(400).end();
            return;
          }
        }
        response.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.port = (receiver.server.address() as AddressInfo).port;
    return receiver;
  }

  /** host:port, for PUSH_ENDPOINTS_ALLOWED. */
  get host(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** A new browser subscription with its own keys, as PushManager.subscribe() would give. */
  subscription(): BrowserSubscription {
    const id = randomBytes(8).toString('hex');
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    const subscription = {
      id,
      endpoint: `http://${this.host}/push/${id}`,
      p256dh: ecdh.getPublicKey().toString('base64url'),
      auth: authSecret.toString('base64url'),
      ecdh,
      authSecret,
    };
    this.subscriptions.set(id, subscription);
    return subscription;
  }

  /** The subscription's endpoint answers this status from now on (410: the browser unsubscribed). */
  answer(subscription: BrowserSubscription, status: number): void {
    this.answers.set(subscription.id, status);
  }

  to(subscription: BrowserSubscription): ReceivedPush[] {
    return this.received.filter((push) => push.subscription === subscription.id);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Waits until `check` returns true (polling), or fails after `ms` naming what it waited for. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`waited ${ms} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits a little longer, for anything that should not come (a second copy). */
export const settle = (ms = 1500) => new Promise((resolve) => setTimeout(resolve, ms));
