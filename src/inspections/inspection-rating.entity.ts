import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { KeyQuestion } from './inspection-enums';
import { InspectionEntity } from './inspection.entity';
import { Rating } from './overall-rating';

/**
 * One key question's rating. The primary key (inspection, key question) lets the database refuse a
 * second rating for a question; the service refuses fewer than five (RATINGS_INCOMPLETE).
 */
@Entity('inspection_rating')
@Check(
  'inspection_rating_key_question_check',
  `"key_question" IN ('SAFE', 'EFFECTIVE', 'CARING', 'RESPONSIVE', 'WELL_LED')`,
)
@Check('inspection_rating_rating_check', `"rating" IN ('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')`)
export class InspectionRatingEntity {
  @PrimaryColumn('uuid')
  inspectionId: string;

  @ManyToOne(() => InspectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspection_id' })
  inspection?: InspectionEntity;

  @PrimaryColumn('text')
  keyQuestion: KeyQuestion;

  @Column('text')
  rating: Rating;

  @Column('text')
  summary: string;
}
