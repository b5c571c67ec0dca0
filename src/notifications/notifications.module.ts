import { Module, OnModuleInit } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { UsersService } from '../users/users.service';
import { EmailChannel } from './email-channel';
import { NotificationDeadlinesJob } from './notification-deadlines.job';
import { NotificationPurgeJob } from './notification-purge.job';
import { NotificationSender } from './notification-sender';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { PushChannel } from './push-channel';

/**
 * Telling people on call of what needs them, by email and Web Push (CONTRACT.md, Notifications):
 * the outbox other modules write into in their own transactions (`NotificationsService.enqueue`),
 * the sender that delivers it, and each user's choices. The modules where things happen find
 * their own deadlines (scheduled jobs) and enqueue them here.
 */
@Module({
  imports: [UsersModule],
  providers: [
    NotificationsService,
    NotificationsResolver,
    NotificationSender,
    EmailChannel,
    PushChannel,
    NotificationPurgeJob,
    NotificationDeadlinesJob,
  ],
  exports: [NotificationsService, NotificationDeadlinesJob],
})
export class NotificationsModule implements OnModuleInit {
  constructor(
    private readonly users: UsersService,
    private readonly notifications: NotificationsService,
  ) {}

  /** A user whose access changes hears nothing more that was written for who they were. */
  onModuleInit(): void {
    this.users.onAccessChange({
      accessChanged: (tx, userId) => this.notifications.forgetRecipient(tx, userId),
      accessChangeCommitted: () => undefined,
    });
  }
}
