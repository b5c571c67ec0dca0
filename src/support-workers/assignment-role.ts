/** A worker's part in a person's support: one LEAD at a time, any number of SECONDARY. */
export enum AssignmentRole {
  LEAD = 'LEAD',
  SECONDARY = 'SECONDARY',
}
