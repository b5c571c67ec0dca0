import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Role } from '../common/roles';
import { Text } from '../common/validation/validators';

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @MinLength(12, { message: 'password must be at least 12 characters' })
  @MaxLength(200)
  password: string;

  @Field()
  @Text(120)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: 'Required for every role but ADMIN; must be an organisation of the kind the role belongs to.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'organisationId is not a valid id' })
  organisationId?: string;
}
