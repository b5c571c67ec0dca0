import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A commissioner funds a provider from startsOn to endsOn (inclusive; open-ended when null). */
@Entity('commissioning')
@Index('commissioning_provider_idx', ['providerId'])
@Index('commissioning_commissioner_idx', ['commissionerId'])
export class CommissioningEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  commissionerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'commissioner_id' })
  commissioner?: OrganisationEntity;

  @Column('uuid')
  providerId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'provider_id' })
  provider?: OrganisationEntity;

  @Column('date')
  startsOn: string;

  @Column('date', { nullable: true })
  endsOn: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
