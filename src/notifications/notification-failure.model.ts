import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NotificationChannel, NotificationTopic } from './notification-topic';

@ObjectType({ description: 'ADMIN: a notification that could not be delivered and was given up, with its last error.' })
export class NotificationFailure {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationTopic)
  topic: NotificationTopic;

  @Field(() => NotificationChannel)
  channel: NotificationChannel;

  @Field({ description: 'The email address, or the push subscription, it was for.' })
  recipient: string;

  @Field(() => Int)
  attempts: number;

  @Field()
  lastError: string;

  @Field()
  lastAttemptAt: Date;

  @Field()
  createdAt: Date;
}
