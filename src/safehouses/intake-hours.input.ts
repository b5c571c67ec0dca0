import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { Clearable } from '../common/validation/input-rules';

const WALL_CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class IntakeHoursInput {
  @Field()
  @IsBoolean()
  open24Hours: boolean;

  @Field(() => String, { nullable: true })
  @Clearable()
  @IsOptional()
  @Matches(WALL_CLOCK, { message: 'opensAt must be a time, HH:MM' })
  opensAt?: string | null;

  @Field(() => String, { nullable: true })
  @Clearable()
  @IsOptional()
  @Matches(WALL_CLOCK, { message: 'closesAt must be a time, HH:MM' })
  closesAt?: string | null;
}
