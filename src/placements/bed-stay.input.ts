import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { IsDate, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Clearable } from '../common/validation/input-rules';

/** Which bed, from when, for how many nights: what a hold and a direct placement both ask. */
@InputType({ isAbstract: true })
export abstract class BedStayInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'bedId is not a valid id' })
  bedId: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Start of the stay; now when omitted.' })
  @Clearable()
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(365)
  nights: number;
}
