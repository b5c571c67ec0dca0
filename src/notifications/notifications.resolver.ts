import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles, SignedIn } from '../common/access/access.decorators';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/roles';
import { NotificationFailure } from './notification-failure.model';
import { NotificationPreference } from './notification-preference.model';
import { NotificationChannel, NotificationTopic } from './notification-topic';
import { NotificationsService } from './notifications.service';
import { PushSubscriptionInput } from './push-subscription.input';

@Resolver()
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @Query(() => [NotificationPreference])
  @SignedIn()
  myNotificationPreferences(@Context() ctx: RequestContext): Promise<NotificationPreference[]> {
    return this.notifications.preferences(ctx);
  }

  @Query(() => String, {
    nullable: true,
    description: 'The VAPID public key the page subscribes to push with; null when push is off.',
  })
  @SignedIn()
  pushPublicKey(): Promise<string> {
    return this.notifications.pushPublicKey();
  }

  @Query(() => [NotificationFailure], {
    description: 'ADMIN: notifications given up after their retries, newest first, with their last error.',
  })
  @Roles(Role.ADMIN)
  notificationFailures(
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, defaultValue: 50 }) first: number,
  ): Promise<NotificationFailure[]> {
    return this.notifications.failures(ctx, first);
  }

  @Mutation(() => NotificationPreference)
  @SignedIn()
  setNotificationPreference(
    @Context() ctx: RequestContext,
    @Args('topic', { type: () => NotificationTopic }) topic: NotificationTopic,
    @Args('channels', { type: () => [NotificationChannel] }) channels: NotificationChannel[],
  ): Promise<NotificationPreference> {
    return this.notifications.setPreference(ctx, topic, channels);
  }

  @Mutation(() => Boolean)
  @SignedIn()
  registerPushSubscription(
    @Context() ctx: RequestContext,
    @Args('input') input: PushSubscriptionInput,
  ): Promise<boolean> {
    return this.notifications.registerPushSubscription(ctx, input);
  }

  @Mutation(() => Boolean)
  @SignedIn()
  removePushSubscription(@Context() ctx: RequestContext, @Args('endpoint') endpoint: string): Promise<boolean> {
    return this.notifications.removePushSubscription(ctx, endpoint);
  }
}
