import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/graphql/date-time.scalar';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { User } from '../users/user.model';
import { ConnectionType } from '../common/pagination/connection';
import { Clearable } from '../common/validation/input-rules';

@ObjectType()
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: Date;

  @Field(() => User, { nullable: true })
  actor?: User | null;

  actorId: string | null;

  @Field()
  action: string;

  @Field()
  entityType: string;

  @Field(() => ID, { nullable: true })
  entityId: string | null;
}

@ObjectType()
export class AuditEventConnection extends ConnectionType(AuditEvent, 'AuditEvent') {}

@InputType()
@Clearable()
export class AuditFilter {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'actorId is not a valid id' })
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  from?: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @IsOptional()
  to?: Date;
}
