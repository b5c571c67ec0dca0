import type { ComponentChildren } from 'preact';
import type { Me } from '../session';
import { Layout, useTitle } from '../kit/ui';
import { InspectionView } from './inspection';
import { InspectionsView } from './inspections';
import { QualityView } from './quality';
import { SettingsView } from '../settings';
import './commissioner.css';

const NAV = [
  { href: '#/quality', label: 'Quality' },
  { href: '#/inspections', label: 'Inspections' },
];

/** The commissioner's views: the quality overview beside unmet demand, and each inspection. */
export function CommissionerApp(props: { me: Me; route: string[] }) {
  const [view = 'quality', id] = props.route;
  const current = ['inspections', 'quality', 'settings'].includes(view) ? `#/${view}` : '';
  return (
    <Layout me={props.me} nav={NAV} current={current}>
      <CommissionerView me={props.me} view={view} id={id} />
    </Layout>
  );
}

function CommissionerView(props: { me: Me; view: string; id?: string }) {
  switch (props.view) {
    case 'quality':
      return (
        <Titled title="Quality">
          <QualityView me={props.me} commissionerId={props.id} />
        </Titled>
      );
    case 'inspection':
      return props.id ? <InspectionView me={props.me} id={props.id} /> : <NotFound />;
    case 'inspections':
      return (
        <Titled title="Inspections">
          <InspectionsView onlyOverdue={props.id === 'overdue'} />
        </Titled>
      );
    case 'settings':
      return <SettingsView me={props.me} />;
    default:
      return <NotFound />;
  }
}

function Titled(props: { title: string; children: ComponentChildren }) {
  useTitle(props.title);
  return <>{props.children}</>;
}

function NotFound() {
  useTitle('Not found');
  return (
    <>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="#/quality">Go to quality</a>
      </p>
    </>
  );
}
