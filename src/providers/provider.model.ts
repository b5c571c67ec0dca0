import { Field, ObjectType } from '@nestjs/graphql';
import { Organisation } from '../organisations/organisation.model';

@ObjectType({
  implements: () => [Organisation],
  description: 'A support organisation that runs safehouses and emergency accommodation.',
})
export class Provider extends Organisation {
  @Field({ description: 'Staffed 24/7 line for referrals and arrivals out of hours.' })
  outOfHoursPhone: string;

  /** Not a field as such: `onCallEmail` shows it to the provider's staff and ADMIN only. */
  onCallMailbox?: string | null;

  /** Not a field: reached from a search result, so its houses' addresses stay withheld. */
  confidentialWithheld?: boolean;
}
