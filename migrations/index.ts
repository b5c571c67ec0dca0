import { Initial1795366156257 } from './1795366156257-Initial';
import { Safehouses1795366656840 } from './1795366656840-Safehouses';
import { Inspections1795368105434 } from './1795368105434-Inspections';
import { SearchIndexes1795369565134 } from './1795369565134-SearchIndexes';
import { Placements1795370568938 } from './1795370568938-Placements';
import { SurvivorErasure1795371283228 } from './1795371283228-SurvivorErasure';
import { BedOccupiedUntil1795377588193 } from './1795377588193-BedOccupiedUntil';
import { UserSessions1796535075113 } from './1796535075113-UserSessions';
import { ScheduledJobs1796535219447 } from './1796535219447-ScheduledJobs';
import { CancelAfterReveal1796535726884 } from './1796535726884-CancelAfterReveal';
import { PlacementAcceptedAt1796536385037 } from './1796536385037-PlacementAcceptedAt';
import { DerivedCaseload1796537174836 } from './1796537174836-DerivedCaseload';
import { SupportCases1796547170234 } from './1796547170234-SupportCases';
import { NrmJourney1796549426693 } from './1796549426693-NrmJourney';
import { OverallRatingRule1796549900000 } from './1796549900000-OverallRatingRule';
import { PeopleAsTheyAre1796550559530 } from './1796550559530-PeopleAsTheyAre';
import { CancelReasons1796550757272 } from './1796550757272-CancelReasons';
import { Notifications1796557838964 } from './1796557838964-Notifications';
import { SearchReadsLess1796560000000 } from './1796560000000-SearchReadsLess';
import { SpokenLanguages1796570000000 } from './1796570000000-SpokenLanguages';

/** Every migration, in order. The data source reads this list, so the build and tests see the same. */
export const migrations = [
  Initial1795366156257,
  Safehouses1795366656840,
  Inspections1795368105434,
  SearchIndexes1795369565134,
  Placements1795370568938,
  SurvivorErasure1795371283228,
  BedOccupiedUntil1795377588193,
  UserSessions1796535075113,
  ScheduledJobs1796535219447,
  CancelAfterReveal1796535726884,
  PlacementAcceptedAt1796536385037,
  DerivedCaseload1796537174836,
  SupportCases1796547170234,
  NrmJourney1796549426693,
  OverallRatingRule1796549900000,
  PeopleAsTheyAre1796550559530,
  CancelReasons1796550757272,
  Notifications1796557838964,
  SearchReadsLess1796560000000,
  SpokenLanguages1796570000000,
];
