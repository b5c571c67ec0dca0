import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The service's VAPID key pair when VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are not set: made once,
 * by whichever instance starts first (insert if absent, then read), so every instance signs with it
 * and the browsers' subscriptions stay valid across restarts.
 */
@Entity('vapid_key')
@Check('vapid_key_one_row', `"id" = 1`)
export class VapidKeyEntity {
  @PrimaryColumn('smallint')
  id: number;

  @Column('text')
  publicKey: string;

  @Column('text')
  privateKey: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
