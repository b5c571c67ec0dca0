import type { Me } from '../session';
import { Layout, useTitle } from '../ui';

/** The duty officer's views: search, hold, confirm, the address, and the organisation's placements. */
export function DutyOfficerApp(props: { me: Me; route: string[] }) {
  useTitle('Find a bed');
  return (
    <Layout me={props.me} nav={[{ href: '#/search', label: 'Find a bed' }]} current="#/search">
      <h1>Find a bed</h1>
    </Layout>
  );
}
