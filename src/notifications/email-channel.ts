import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Transporter, createTransport } from 'nodemailer';
import { Settings } from '../config/settings';
import { RenderedMessage } from './notification-message';

/**
 * Email through the SMTP server at SMTP_URL (nodemailer), from MAIL_FROM: plain text and HTML.
 * Without SMTP_URL there is no email at all (no deliveries are even written), said once at start.
 */
@Injectable()
export class EmailChannel implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private readonly transport?: Transporter;

  constructor(private readonly settings: Settings) {
    if (settings.SMTP_URL) {
      this.transport = createTransport({
        url: settings.SMTP_URL,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      });
    }
  }

  get enabled(): boolean {
    return this.transport !== undefined;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) this.logger.log('SMTP_URL is not set: notifications go by Web Push only, no email is sent');
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Throws the transport's error when the server refuses or cannot be reached. */
  async send(to: string, message: RenderedMessage): Promise<void> {
    if (!this.transport) throw new Error('email is off (no SMTP_URL)');
    await this.transport.sendMail({
      from: this.settings.MAIL_FROM,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
  }
}
