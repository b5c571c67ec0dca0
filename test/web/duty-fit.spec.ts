import { bedsByFit, byFit, compareBeds, sparePlaces } from '../../web/src/duty/fit';
import type { Availability, BedInfo } from '../../web/src/duty/model';

function bed(label: string, sleeps: number, accessible = false): BedInfo {
  return { id: `bed-${label}`, label, sleeps, accessible };
}

function house(name: string, beds: BedInfo[], fields: Partial<Availability> = {}): Availability {
  return {
    acceptsArrival: true,
    speaksPreferredLanguage: false,
    distanceKm: 2,
    nextIntakeAt: null,
    availableBeds: beds,
    safehouse: {
      id: `house-${name}`,
      name,
      area: name,
      kind: 'SAFEHOUSE',
      stepFreeAccess: false,
      acceptsDependants: true,
      acceptsBoysUpToAge: null,
      languages: [],
      instantBooking: true,
      capacityStale: false,
      capacityConfirmedAt: null,
      latestRating: null,
      provider: { name: 'Provider' },
    },
    ...fields,
  };
}

const SINGLE = { dependants: 0, needsAccessibleBed: false };
const WITH_TWO_CHILDREN = { dependants: 2, needsAccessibleBed: false };
const NEEDS_ACCESS = { dependants: 0, needsAccessibleBed: true };

function names(results: Availability[]): string[] {
  return results.map((result) => result.safehouse.name);
}

function labels(beds: BedInfo[]): string[] {
  return beds.map((one) => one.label);
}

describe('the best-fitting bed first, among equals', () => {
  it('counts the places a bed leaves empty for the person and their dependants', () => {
    expect(sparePlaces(bed('single', 1), SINGLE)).toBe(0);
    expect(sparePlaces(bed('family', 4), SINGLE)).toBe(3);
    expect(sparePlaces(bed('family', 4), WITH_TWO_CHILDREN)).toBe(1);
  });

  it('offers a single person a single room before a family room in the same house', () => {
    const beds = [bed('A family room', 4), bed('B twin', 2), bed('C single', 1)];
    expect(labels(bedsByFit(beds, SINGLE))).toEqual(['C single', 'B twin', 'A family room']);
  });

  it('offers a family the room that fits them, not a bigger one', () => {
    const beds = [bed('A large', 5), bed('B family', 3), bed('C large', 4)];
    expect(labels(bedsByFit(beds, WITH_TWO_CHILDREN))).toEqual(['B family', 'C large', 'A large']);
  });

  it('keeps an accessible bed for someone who needs one when another fits as well, and otherwise keeps the order', () => {
    const beds = [bed('A accessible', 1, true), bed('B single', 1), bed('C single', 1)];
    expect(labels(bedsByFit(beds, SINGLE))).toEqual(['B single', 'C single', 'A accessible']);
    expect(labels(bedsByFit(beds, NEEDS_ACCESS))).toEqual(['A accessible', 'B single', 'C single']);
    expect(compareBeds(bed('X', 1), bed('Y', 1), SINGLE)).toBe(0);
  });

  it('puts the house with the better-fitting bed first when houses take arrivals alike at the same distance', () => {
    const results = [house('Family only', [bed('Room 1', 4)]), house('Has a single', [bed('Room 2', 1)])];
    expect(names(byFit(results, SINGLE))).toEqual(['Has a single', 'Family only']);
    const forAFamily = [house('Sleeps five', [bed('Room 3', 5)]), house('Sleeps four', [bed('Room 4', 4)])];
    expect(names(byFit(forAFamily, { dependants: 3, needsAccessibleBed: false }))).toEqual([
      'Sleeps four',
      'Sleeps five',
    ]);
  });

  it("keeps the server's order of acceptsArrival and distance above fit", () => {
    const results = [
      house('Near, family room', [bed('Room 1', 4)], { distanceKm: 1 }),
      house('Farther, single', [bed('Room 2', 1)], { distanceKm: 1.5 }),
      house('No arrivals now, single', [bed('Room 3', 1)], { acceptsArrival: false, distanceKm: 0.5 }),
    ];
    expect(names(byFit(results, SINGLE))).toEqual(['Near, family room', 'Farther, single', 'No arrivals now, single']);
  });

  it("keeps the server's order of staff who speak the preferred language above distance and fit", () => {
    const results = [
      house('Speaks it, farther, family room', [bed('Room 1', 4)], { speaksPreferredLanguage: true, distanceKm: 9 }),
      house('Near, single', [bed('Room 2', 1)], { distanceKm: 1 }),
      house('Speaks it, no arrivals now', [bed('Room 3', 1)], { speaksPreferredLanguage: true, acceptsArrival: false }),
    ];
    expect(names(byFit(results, SINGLE))).toEqual([
      'Speaks it, farther, family room',
      'Near, single',
      'Speaks it, no arrivals now',
    ]);
  });

  it("keeps the server's order (inspection rating, name) between houses that fit as well", () => {
    const results = [house('Outstanding', [bed('Room 1', 1)]), house('Good', [bed('Room 2', 1)])];
    expect(names(byFit(results, SINGLE))).toEqual(['Outstanding', 'Good']);
  });

  it('orders each house by its best bed, and leaves the answer it was given as it was', () => {
    const results = [house('Mixed', [bed('A family', 4), bed('B single', 1)]), house('Twin', [bed('C twin', 2)])];
    const ordered = byFit(results, SINGLE);
    expect(names(ordered)).toEqual(['Mixed', 'Twin']);
    expect(labels(ordered[0].availableBeds)).toEqual(['B single', 'A family']);
    expect(labels(results[0].availableBeds)).toEqual(['A family', 'B single']);
  });
});
