import { Role } from '../common/roles';

/** Shared by every demo login; printed on start. The demo is refused in production. */
export const DEMO_PASSWORD = 'haven-demo-2026';

export const DEMO_PROVIDERS = [
  { key: 'northern', name: 'Northern Light Refuge (demo)', outOfHoursPhone: '+44 161 496 0001' },
  { key: 'severn', name: 'Severn Safe Homes (demo)', outOfHoursPhone: '+44 117 496 0002' },
] as const;

export const DEMO_COMMISSIONERS = [
  {
    key: 'mscc',
    name: 'Modern Slavery Victim Care Contract (demo)',
    region: 'England and Wales',
    commissions: ['northern', 'severn'],
  },
  {
    key: 'gmca',
    name: 'Greater Manchester Combined Authority (demo)',
    region: 'Greater Manchester',
    commissions: ['northern'],
  },
] as const;

export const DEMO_RESPONDERS = [
  { key: 'gmp', name: 'Greater Manchester Police (demo)' },
  { key: 'asp', name: 'Avon and Somerset Police (demo)' },
] as const;

export const DEMO_LOGINS: { email: string; displayName: string; role: Role; organisation: string | null }[] = [
  { email: 'admin@haven.demo', displayName: 'Ada Admin', role: Role.ADMIN, organisation: null },
  { email: 'duty.officer@gmp.demo', displayName: 'DS Dev Patel', role: Role.DUTY_OFFICER, organisation: 'gmp' },
  {
    email: 'coordinator@northernlight.demo',
    displayName: 'Grace Okafor',
    role: Role.PROVIDER_COORDINATOR,
    organisation: 'northern',
  },
  {
    email: 'support.worker@northernlight.demo',
    displayName: 'Besa Hoxha',
    role: Role.SUPPORT_WORKER,
    organisation: 'northern',
  },
  { email: 'commissioner@mscc.demo', displayName: 'Tom Reid', role: Role.COMMISSIONER, organisation: 'mscc' },
];

/** Fictional houses in real towns; the addresses are made up, the points only near real centres. */
export const DEMO_SAFEHOUSES = [
  {
    provider: 'northern',
    name: 'Rowan House (demo)',
    kind: 'SAFEHOUSE',
    area: 'Manchester',
    address: '1 Demo Row, Manchester',
    postcode: 'M14 5AA',
    latitude: 53.447,
    longitude: -2.227,
    acceptsGenders: ['WOMAN'],
    acceptsDependants: true,
    stepFreeAccess: true,
    languages: ['en', 'ro', 'ur'],
    hours: null,
    beds: [
      { label: 'Room 1', sleeps: 1, accessible: true },
      { label: 'Room 2', sleeps: 1, accessible: false },
      { label: 'Family room', sleeps: 3, accessible: false },
    ],
  },
  {
    provider: 'northern',
    name: 'Aire Place (demo)',
    kind: 'PRE_NRM_EMERGENCY',
    area: 'Leeds',
    address: '2 Demo Street, Leeds',
    postcode: 'LS6 1AA',
    latitude: 53.82,
    longitude: -1.577,
    acceptsGenders: ['MAN'],
    acceptsDependants: false,
    stepFreeAccess: false,
    languages: ['en', 'sq', 'vi'],
    hours: { opensAt: '20:00', closesAt: '08:00' },
    beds: [
      { label: 'Bed A', sleeps: 1, accessible: false },
      { label: 'Bed B', sleeps: 1, accessible: false },
    ],
  },
  {
    provider: 'severn',
    name: 'Harbourside (demo)',
    kind: 'SAFEHOUSE',
    area: 'Bristol',
    address: '3 Demo Lane, Bristol',
    postcode: 'BS3 1AA',
    latitude: 51.44,
    longitude: -2.6,
    acceptsGenders: ['WOMAN', 'NON_BINARY'],
    acceptsDependants: false,
    stepFreeAccess: false,
    languages: ['en', 'pl'],
    hours: { opensAt: '09:00', closesAt: '21:00' },
    beds: [
      { label: 'Room 1', sleeps: 1, accessible: false },
      { label: 'Room 2', sleeps: 1, accessible: false },
    ],
  },
  {
    provider: 'severn',
    name: 'Taff View (demo)',
    kind: 'SAFEHOUSE',
    area: 'Cardiff',
    address: '4 Demo Road, Cardiff',
    postcode: 'CF11 1AA',
    latitude: 51.47,
    longitude: -3.19,
    acceptsGenders: ['MAN'],
    acceptsDependants: false,
    stepFreeAccess: true,
    languages: ['en', 'cy', 'ar'],
    hours: null,
    beds: [
      { label: 'Room 1', sleeps: 1, accessible: true },
      { label: 'Room 2', sleeps: 1, accessible: false },
    ],
  },
] as const;

/** The northern provider's team; the first is the demo SUPPORT_WORKER login. */
export const DEMO_SUPPORT_WORKERS = [
  {
    provider: 'northern',
    name: 'Besa Hoxha',
    gender: 'WOMAN',
    languages: ['sq', 'en'],
    maxCaseload: 6,
    login: 'support.worker@northernlight.demo',
  },
  {
    provider: 'northern',
    name: 'Ioana Popescu',
    gender: 'WOMAN',
    languages: ['ro', 'en'],
    maxCaseload: 8,
    login: null,
  },
  { provider: 'northern', name: 'Daniel Mensah', gender: 'MAN', languages: ['en', 'tw'], maxCaseload: 8, login: null },
  { provider: 'severn', name: 'Thi Lan Nguyen', gender: 'WOMAN', languages: ['vi', 'en'], maxCaseload: 6, login: null },
] as const;

/**
 * Published inspections of two houses, recorded through the inspections service as the demo
 * commissioner would: one good, one that needs improving with an action already overdue. Dates
 * count back from the day the demo is seeded.
 */
export const DEMO_INSPECTIONS = [
  {
    house: 'Harbourside (demo)',
    inspectedDaysAgo: 60,
    ratings: { SAFE: 'GOOD', EFFECTIVE: 'GOOD', CARING: 'OUTSTANDING', RESPONSIVE: 'GOOD', WELL_LED: 'GOOD' },
    actions: [],
  },
  {
    house: 'Rowan House (demo)',
    inspectedDaysAgo: 45,
    ratings: {
      SAFE: 'REQUIRES_IMPROVEMENT',
      EFFECTIVE: 'GOOD',
      CARING: 'GOOD',
      RESPONSIVE: 'REQUIRES_IMPROVEMENT',
      WELL_LED: 'GOOD',
    },
    actions: [
      { description: 'Keep the night door log complete every night', keyQuestion: 'SAFE', dueInDays: -7 },
      { description: 'Answer out-of-hours referrals within 30 minutes', keyQuestion: 'RESPONSIVE', dueInDays: 21 },
    ],
  },
] as const;
