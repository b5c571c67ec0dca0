import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Role } from '../common/roles';
import { Text } from '../common/validation/validators';
import { ChosenPassword } from './password';

@InputType()
export class CreateUserInput {
  @Field()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;

  @Field()
  @ChosenPassword()
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
