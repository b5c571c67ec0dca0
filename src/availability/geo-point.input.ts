import { Field, Float, InputType } from '@nestjs/graphql';
import { IsLatitude, IsLongitude, IsNumber } from 'class-validator';

@InputType()
export class GeoPointInput {
  @Field(() => Float)
  @IsNumber()
  @IsLatitude()
  latitude: number;

  @Field(() => Float)
  @IsNumber()
  @IsLongitude()
  longitude: number;
}
