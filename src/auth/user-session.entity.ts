import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** Why a session ended before its expiry. */
export enum SessionEndReason {
  LOGOUT = 'LOGOUT',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  DEACTIVATED = 'DEACTIVATED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  ORGANISATION_CHANGED = 'ORGANISATION_CHANGED',
}

/**
 * One sign-in, kept on the server: an access token names its session, and is good only while the
 * session has not ended or expired. Times are the service's clock, like the token's.
 */
@Entity('user_session')
@Index('user_session_user_live_idx', ['userId'], { where: '"ended_at" IS NULL' })
@Check(
  'user_session_end_reason_check',
  `"end_reason" IN ('LOGOUT', 'PASSWORD_CHANGED', 'DEACTIVATED', 'ROLE_CHANGED', 'ORGANISATION_CHANGED')`,
)
@Check('user_session_ended_check', `("ended_at" IS NULL) = ("end_reason" IS NULL)`)
export class UserSessionEntity {
  /** Made by the service, so the token can name it. */
  @PrimaryColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('timestamptz')
  createdAt: Date;

  @Column('timestamptz')
  expiresAt: Date;

  @Column('timestamptz', { nullable: true })
  endedAt: Date | null;

  @Column('text', { nullable: true })
  endReason: SessionEndReason | null;
}
