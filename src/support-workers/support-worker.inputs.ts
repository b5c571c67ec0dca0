import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LanguageTags } from '../common/validation/language-tags';
import { Text } from '../common/validation/validators';
import { Gender } from '../safehouses/gender';
import { AssignmentRole } from './support-worker-assignment.entity';
import { Clearable } from '../common/validation/input-rules';

@InputType()
export class CreateSupportWorkerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'providerId is not a valid id' })
  providerId: string;

  @Field()
  @Text(120)
  name: string;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field(() => [String])
  @LanguageTags(20)
  languages: string[];

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(100)
  maxCaseload: number;

  @Field(() => ID, { nullable: true, description: 'Links a SUPPORT_WORKER login of the same provider.' })
  @Clearable()
  @IsOptional()
  @IsUUID('all', { message: 'userId is not a valid id' })
  userId?: string;
}

@InputType()
export class UpdateSupportWorkerInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Text(120)
  name?: string;

  @Field(() => Gender, { nullable: true })
  @IsOptional()
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @LanguageTags(20)
  languages?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  maxCaseload?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

@InputType({ description: 'Assign through a placement or a support case: give one of placementId and supportCaseId.' })
export class AssignSupportWorkerInput {
  @Field(() => ID, { nullable: true, description: 'Give this or supportCaseId.' })
  @IsOptional()
  @IsUUID('all', { message: 'placementId is not a valid id' })
  placementId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'supportCaseId is not a valid id' })
  supportCaseId?: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'supportWorkerId is not a valid id' })
  supportWorkerId: string;

  @Field(() => AssignmentRole)
  @IsEnum(AssignmentRole)
  role: AssignmentRole;
}
