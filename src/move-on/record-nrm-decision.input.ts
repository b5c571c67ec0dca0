import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsUUID } from 'class-validator';
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
}
