import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsUUID, ValidateIf } from 'class-validator';
import { Role } from '../common/roles';
import { Clearable } from '../common/validation/input-rules';
import { Text } from '../common/validation/validators';

/** Only the fields given change; `null` is refused where a user cannot be without the field. */
@InputType()
export class UpdateUserInput {
  @Field({ nullable: true })
  @ValidateIf((_, value) => value !== undefined)
  @Text(120)
  displayName?: string;

  @Field(() => Role, {
    nullable: true,
    description: 'A change of role or organisation ends every sign-in of the user.',
  })
  @ValidateIf((_, value) => value !== undefined)
  @IsEnum(Role, { message: 'role must be a Role' })
  role?: Role;

  /** null: no organisation (an ADMIN's). */
  @Field(() => ID, { nullable: true })
  @Clearable()
  @IsOptional()
  @IsUUID('all', { message: 'organisationId is not a valid id' })
  organisationId?: string | null;

  @Field({ nullable: true, description: 'false deactivates the user (every sign-in ends); true reactivates.' })
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
