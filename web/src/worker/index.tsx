import type { Me } from '../session';
import { Layout } from '../kit/ui';
import { Day } from './day';
import { SettingsView } from '../settings';
import './worker.css';

const NAV = [{ href: '#/day', label: 'My day' }];

/** The support worker's views: their day (caseload, the goals they own, RNAs), and settings. */
export function SupportWorkerApp(props: { me: Me; route: string[] }) {
  const settings = props.route[0] === 'settings';
  return (
    <Layout me={props.me} nav={NAV} current={settings ? '#/settings' : '#/day'}>
      {settings ? <SettingsView me={props.me} /> : <Day me={props.me} />}
    </Layout>
  );
}
