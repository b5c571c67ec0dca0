export enum OccupationKind {
  HOLD = 'HOLD',
  PLACEMENT = 'PLACEMENT',
  BLOCK = 'BLOCK',
}
