import { Field, Float, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsNumber, IsPositive, Max, ValidateNested } from 'class-validator';
import { GeoPointInput } from './geo-point.input';

@InputType({ description: 'A place the person must be kept away from, such as where they were exploited.' })
export class AvoidAreaInput {
  @Field(() => GeoPointInput)
  @ValidateNested()
  @Type(() => GeoPointInput)
  near: GeoPointInput;

  @Field(() => Float)
  @IsNumber()
  @IsPositive()
  @Max(1000)
  radiusKm: number;
}
