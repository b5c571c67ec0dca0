import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { NotificationChannel, NotificationTopic } from './notification-topic';

/** A user's choice of channels for a topic; no row means the role's default (CONTRACT.md, Notifications). */
@Entity('notification_preference')
export class NotificationPreferenceEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn('text')
  topic: NotificationTopic;

  @Column('text', { array: true })
  channels: NotificationChannel[];
}
