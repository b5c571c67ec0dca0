import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { PlacementStatus } from './placement-enums';
import { Clearable } from '../common/validation/input-rules';

@InputType()
@Clearable()
export class PlacementFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'safehouseId is not a valid id' })
  safehouseId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId?: string;

  @Field(() => [PlacementStatus], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @IsEnum(PlacementStatus, { each: true })
  statuses?: PlacementStatus[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'survivorId is not a valid id' })
  survivorId?: string;
}
