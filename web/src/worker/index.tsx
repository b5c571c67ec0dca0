import type { Me } from '../session';
import { Layout } from '../kit/ui';
import { Day } from './day';
import './worker.css';

const NAV = [{ href: '#/day', label: 'My day' }];

/** The support worker's views: their day (caseload, the goals they own, RNAs). */
export function SupportWorkerApp(props: { me: Me }) {
  return (
    <Layout me={props.me} nav={NAV} current="#/day">
      <Day me={props.me} />
    </Layout>
  );
}
