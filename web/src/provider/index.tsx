import type { Me } from '../session';
import { Layout, useTitle } from '../ui';

/** The provider coordinator's views: the bed board, referrals, arrivals, assignments and move-on. */
export function ProviderApp(props: { me: Me; route: string[] }) {
  useTitle('Beds');
  return (
    <Layout me={props.me} nav={[{ href: '#/board', label: 'Beds' }]} current="#/board">
      <h1>Beds</h1>
    </Layout>
  );
}
