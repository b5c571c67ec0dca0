import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { Clearable } from '../common/validation/input-rules';
import { DateScalar } from '../common/graphql/date.scalar';
import { IsCalendarDate } from '../common/validation/validators';
import { NrmDecisionKind } from './nrm-decision-kind';

@InputType()
export class RecordNrmDecisionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'survivorId is not a valid id' })
  survivorId: string;

  @Field(() => NrmDecisionKind)
  @IsEnum(NrmDecisionKind)
  decision: NrmDecisionKind;

  @Field(() => DateScalar)
  @IsCalendarDate()
  decidedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'When the provider learned of it, if later than decidedOn.' })
  @Clearable()
  @IsOptional()
  @IsCalendarDate()
  notifiedOn?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'The outcome of reconsidering the latest negative decision, of the same stage (CONTRACT.md).',
  })
  @Clearable()
  @IsOptional()
  @IsBoolean()
  reconsideration?: boolean;
}
