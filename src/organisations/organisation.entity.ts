import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationKind } from '../common/roles';

/** Providers, commissioners and responder organisations share one table, told apart by kind. */
@Entity('organisation')
@Check('organisation_kind_check', `"kind" IN ('PLATFORM', 'PROVIDER', 'COMMISSIONER', 'RESPONDER')`)
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text')
  kind: OrganisationKind;

  /** Providers: the staffed 24/7 line. */
  @Column('text', { nullable: true })
  outOfHoursPhone: string | null;

  /** Providers: a shared on-call mailbox that hears of referrals (CONTRACT.md, Notifications). */
  @Column('text', { nullable: true })
  onCallEmail: string | null;

  /** Commissioners: the region they fund. */
  @Column('text', { nullable: true })
  region: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
