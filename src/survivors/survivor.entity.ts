import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Gender } from '../safehouses/gender';
import { AgeStatus } from './age-status';
import { DependantDetail } from './dependant-age-band';
import { NrmStatus } from './nrm-status';

/**
 * A person being supported: only what SurvivorInput carries. There is deliberately no
 * immigration-status column. `erasedAt` marks details erased under the retention rules; the row
 * stays so counts stand.
 */
@Entity('survivor')
@Check('survivor_dependants_check', `"dependants" BETWEEN 0 AND 20`)
@Check('survivor_age_status_check', `"age_status" IN ('ADULT', 'CHILD', 'AGE_UNCERTAIN')`)
@Check(
  'survivor_dependants_detail_check',
  `jsonb_typeof("dependants_detail") = 'array' AND jsonb_array_length("dependants_detail") IN (0, "dependants")`,
)
export class SurvivorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The referrer's own case reference. */
  @Column('text', { nullable: true })
  reference: string | null;

  @Column('text', { nullable: true })
  preferredName: string | null;

  @Column('text')
  gender: Gender;

  @Column('smallint', { default: 0 })
  dependants: number;

  /** The dependants one by one (age band, gender), when described so; else empty and only counted. */
  @Column('jsonb', { default: () => `'[]'` })
  dependantsDetail: DependantDetail[];

  /** Always ADULT for someone placed or supported; the default is what every earlier row was. */
  @Column('text', { default: AgeStatus.ADULT })
  ageStatus: AgeStatus;

  /** BCP 47 tags as given (trimmed); compared on the primary language subtag. */
  @Column('text', { array: true, default: '{}' })
  languages: string[];

  @Column('boolean', { default: false })
  interpreterNeeded: boolean;

  @Column('text', { nullable: true })
  accessibilityNeeds: string | null;

  @Column('boolean', { default: false })
  needsAccessibleBed: boolean;

  @Column('text', { nullable: true })
  prefersWorkerGender: Gender | null;

  /** Where the person is in the NRM now: the intake status followed through the recorded steps. */
  @Column('text')
  nrmStatus: NrmStatus;

  /** The status the person came with: where the NRM history starts, before any recorded step. */
  @Column('text')
  intakeNrmStatus: NrmStatus;

  /** When the NRM referral was made, if known (at intake, or by recordNrmReferral). */
  @Column('date', { nullable: true })
  nrmReferredOn: string | null;

  /** The organisation that referred the person (a responder, or the provider for a direct placement). */
  @Column('uuid')
  referrerOrganisationId: string;

  @Column('timestamptz', { nullable: true })
  erasedAt: Date | null;

  /** Why the details were erased: an administrator's reason, or the retention rule that applied. */
  @Column('text', { nullable: true })
  erasureReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
