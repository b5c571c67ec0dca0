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
