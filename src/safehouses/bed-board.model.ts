import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateScalar } from '../common/graphql/date.scalar';
import { Bed } from './bed.model';

/** What a bed is on a day, for its provider's board. */
export enum BedDayState {
  FREE = 'FREE',
  HELD = 'HELD',
  BOOKED = 'BOOKED',
  RESIDENT = 'RESIDENT',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
}

registerEnumType(BedDayState, {
  name: 'BedDayState',
  description:
    'A bed on a day: a live hold (HELD), a placement awaiting acceptance or confirmed (BOOKED), a resident (ARRIVED), a block (OUT_OF_SERVICE); an expired hold is FREE. When more than one claim touches the day, the firmest wins: RESIDENT, BOOKED, OUT_OF_SERVICE, HELD.',
});

@ObjectType({ description: 'One bed on one Europe/London calendar day (today: from now to midnight).' })
export class BedDay {
  @Field(() => DateScalar)
  day: string;

  @Field(() => BedDayState)
  state: BedDayState;

  @Field(() => ID, { nullable: true, description: 'The placement that holds, books or lives in the bed that day.' })
  placementId: string | null;

  @Field(() => ID, { nullable: true, description: 'The block that takes the bed out of service that day.' })
  blockId: string | null;
}

@ObjectType({ description: "A bed's days on its provider's board, from the first day asked, in order." })
export class BedBoardRow {
  @Field(() => Bed)
  bed: Bed;

  @Field(() => [BedDay])
  days: BedDay[];
}
