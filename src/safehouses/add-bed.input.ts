import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsUUID } from 'class-validator';
import { Text } from '../common/validation/validators';
import { Sleeps } from './safehouse-fields';

@InputType()
export class AddBedInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'safehouseId is not a valid id' })
  safehouseId: string;

  @Field()
  @Text(50)
  label: string;

  @Field(() => Int)
  @IsInt()
  @Sleeps()
  sleeps: number;

  @Field()
  @IsBoolean()
  accessible: boolean;
}
