import { Field, InputType } from '@nestjs/graphql';
import { Text } from '../common/validation/validators';

/** What the browser's PushManager.subscribe() gives: the endpoint and the keys (base64url). */
@InputType()
export class PushSubscriptionInput {
  @Field()
  @Text(2000)
  endpoint: string;

  @Field()
  @Text(200)
  p256dh: string;

  @Field()
  @Text(200)
  auth: string;
}
