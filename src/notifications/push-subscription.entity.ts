import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A browser's Web Push subscription (the page registers it), one per endpoint, of the user signed in there. */
@Entity('push_subscription')
@Index('push_subscription_endpoint_key', ['endpoint'], { unique: true })
@Index('push_subscription_user', ['userId'])
export class PushSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column('text')
  endpoint: string;

  /** The browser's P-256 public key (base64url): the payload is encrypted to it (RFC 8291). */
  @Column('text')
  p256dh: string;

  /** The browser's authentication secret (base64url). */
  @Column('text')
  auth: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
