import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { Gender } from '../safehouses/gender';
import { DependantAgeBand } from './dependant-age-band';

@InputType()
export class DependantInput {
  @Field(() => DependantAgeBand)
  @IsEnum(DependantAgeBand)
  ageBand: DependantAgeBand;

  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;
}
