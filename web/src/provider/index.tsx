import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { subscribe } from '../api';
import type { Me } from '../session';
import { Layout } from '../kit/ui';
import { Assign } from './assign';
import { Board } from './board';
import { Case } from './case';
import { Cases } from './cases';
import { MoveOn } from './move-on';
import { OpenCase } from './open-case';
import { PLACEMENT_CHANGED } from './queries';
import { Referrals } from './referrals';
import { Today } from './today';
import { SettingsView } from '../settings';
import './provider.css';

const NAV = [
  { href: '#/cases', label: 'Cases' },
  { href: '#/board', label: 'Beds' },
  { href: '#/referrals', label: 'Referrals' },
  { href: '#/today', label: 'Today' },
  { href: '#/assign', label: 'Support workers' },
  { href: '#/move-on', label: 'Move-on' },
];

/**
 * The provider coordinator's views: cases (outreach and residents, and the NRM journey of each), the
 * bed board, referrals, arrivals, assignments and move-on. `#/cases/new` opens an outreach case,
 * `#/cases/<id>` is one case.
 */
export function ProviderApp(props: { me: Me; route: string[] }) {
  const view =
    props.route[0] === 'settings' || NAV.some((item) => item.href === `#/${props.route[0]}`) ? props.route[0] : 'board';
  const version = useLiveChanges();
  const caseId = view === 'cases' ? props.route[1] : undefined;
  useFocusOnNavigation(caseId ? `${view}/${caseId}` : view);

  return (
    // .provider: the coordinator's navigation has six views, laid out for a phone in provider.css
    <div class="provider">
      <Layout me={props.me} nav={NAV} current={`#/${view}`}>
        {view === 'cases' && !caseId && <Cases me={props.me} version={version} />}
        {view === 'cases' && caseId === 'new' && <OpenCase me={props.me} />}
        {view === 'cases' && caseId && caseId !== 'new' && (
          <Case key={caseId} id={caseId} opened={props.route[2] === 'opened'} version={version} />
        )}
        {view === 'board' && <Board me={props.me} version={version} />}
        {view === 'referrals' && <Referrals me={props.me} version={version} />}
        {view === 'today' && <Today me={props.me} version={version} />}
        {view === 'assign' && <Assign me={props.me} version={version} />}
        {view === 'move-on' && <MoveOn me={props.me} version={version} />}
        {view === 'settings' && <SettingsView me={props.me} />}
      </Layout>
    </div>
  );
}

/**
 * A counter that moves on each placement change in the provider's houses (a new referral, an
 * arrival recorded by a colleague), so the view on screen reloads; changes come in bursts, so
 * they are gathered for a moment first.
 */
function useLiveChanges(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: number | undefined;
    const stop = subscribe(PLACEMENT_CHANGED, {}, () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setVersion((n) => n + 1), 500);
    });
    return () => {
      window.clearTimeout(timer);
      stop();
    };
  }, []);
  return version;
}

/** After moving between views, focus goes to the new view's content (not on first load). */
function useFocusOnNavigation(view: string) {
  const first = useRef(view);
  useLayoutEffect(() => {
    if (view !== first.current) {
      first.current = '';
      document.getElementById('main')?.focus();
    }
  }, [view]);
}
