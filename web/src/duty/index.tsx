import { useEffect } from 'preact/hooks';
import type { Me } from '../session';
import { Layout, useTitle } from '../kit/ui';
import { OfflineNotice } from './connection';
import { HoldView } from './hold';
import { PlacementView } from './placement';
import { PlacementsView } from './placements';
import { SearchView } from './search';
import { forgetSearch } from './store';
import { SettingsView } from '../settings';
import './duty.css';

const NAV = [
  { href: '#/search', label: 'Find a bed' },
  { href: '#/placements', label: 'Placements' },
];

/** The duty officer's views: search, hold, confirm, the address, and the organisation's placements. */
export function DutyOfficerApp(props: { me: Me; route: string[] }) {
  const [view, id] = props.route;
  // The search lives in this tab's memory; signing out (this view going) forgets it.
  useEffect(() => forgetSearch, []);

  let title = 'Find a bed';
  let current = '#/search';
  let content = <SearchView meId={props.me.id} />;
  if (view === 'hold' && id) {
    title = 'Held bed';
    current = '';
    content = <HoldView key={id} id={id} />;
  } else if (view === 'placement' && id) {
    title = 'Placement';
    current = '#/placements';
    content = <PlacementView key={id} id={id} />;
  } else if (view === 'settings') {
    title = 'Settings';
    current = '#/settings';
    content = <SettingsView me={props.me} />;
  } else if (view === 'placements') {
    title = 'Placements';
    current = '#/placements';
    content = <PlacementsView />;
  }
  useTitle(title);

  return (
    <Layout me={props.me} nav={NAV} current={current}>
      <OfflineNotice />
      {content}
    </Layout>
  );
}
