import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A retried request (same user, operation and key) gets the first result back. The row is written
 * in the same transaction as the work, so a failed first attempt leaves no key and a retry runs
 * afresh; a concurrent retry waits on the primary key until the first commits or rolls back.
 */
@Entity('idempotency_key')
@Index('idempotency_key_created_idx', ['createdAt'])
export class IdempotencyKeyEntity {
  @PrimaryColumn('uuid')
  userId: string;

  @PrimaryColumn('text')
  operation: string;

  @PrimaryColumn('text')
  key: string;

  /** sha256 of the request's arguments: the same key with other arguments is refused. */
  @Column('text')
  requestHash: string;

  @Column('uuid')
  resultId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
