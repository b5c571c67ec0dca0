import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class IntakeHours {
  @Field()
  open24Hours: boolean;

  @Field(() => String, { nullable: true, description: 'HH:MM, Europe/London; null when open24Hours.' })
  opensAt: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'HH:MM, Europe/London; may be earlier than opensAt for an overnight window; null when open24Hours.',
  })
  closesAt: string | null;
}
