import type { Me } from '../session';
import { Layout, useTitle } from '../ui';

/** The commissioner's views: the quality overview beside unmet demand, and each inspection. */
export function CommissionerApp(props: { me: Me; route: string[] }) {
  useTitle('Quality');
  return (
    <Layout me={props.me} nav={[{ href: '#/quality', label: 'Quality' }]} current="#/quality">
      <h1>Quality</h1>
    </Layout>
  );
}
