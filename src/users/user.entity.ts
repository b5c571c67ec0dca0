import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Role } from '../common/roles';
import { OrganisationEntity } from '../organisations/organisation.entity';

@Entity('user_account')
@Index('user_account_email_key', ['email'], { unique: true })
@Index('user_account_organisation_idx', ['organisationId'])
@Check(
  'user_account_role_check',
  `"role" IN ('ADMIN', 'DUTY_OFFICER', 'PROVIDER_COORDINATOR', 'SUPPORT_WORKER', 'COMMISSIONER')`,
)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased. */
  @Column('text')
  email: string;

  /** argon2id. */
  @Column('text')
  passwordHash: string;

  @Column('text')
  displayName: string;

  @Column('text')
  role: Role;

  @Column('uuid', { nullable: true })
  organisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** False once an ADMIN deactivated the user: their sessions are ended and sign-in is refused. */
  @Column('boolean', { default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
