import { Field, ObjectType } from '@nestjs/graphql';
import { NotificationChannel, NotificationTopic } from './notification-topic';

@ObjectType()
export class NotificationPreference {
  @Field(() => NotificationTopic)
  topic: NotificationTopic;

  @Field(() => [NotificationChannel])
  channels: NotificationChannel[];
}
