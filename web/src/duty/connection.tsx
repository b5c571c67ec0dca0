import { useEffect, useRef, useState } from 'preact/hooks';
import { currentLiveState, onLiveState, type LiveState } from '../api';

/**
 * The phone's connection as the page can know it: offline for sure when the browser says so
 * (navigator.onLine is false); live only while the live socket is up (graphql-ws's own events).
 */

/** Whether the browser thinks it has a network; `onBack` runs when it comes back. */
export function useOnline(onBack?: () => void): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  const back = useRef(onBack);
  back.current = onBack;
  useEffect(() => {
    const up = () => {
      setOnline(true);
      back.current?.();
    };
    const down = () => setOnline(false);
    addEventListener('online', up);
    addEventListener('offline', down);
    return () => {
      removeEventListener('online', up);
      removeEventListener('offline', down);
    };
  }, []);
  return online;
}

/** The live socket's state; `onBack` runs when it is up again after having dropped. */
export function useLiveState(onBack?: () => void): LiveState {
  const [state, setState] = useState(currentLiveState);
  const back = useRef(onBack);
  back.current = onBack;
  useEffect(() => {
    let dropped = false;
    let wasLive = currentLiveState() === 'live';
    return onLiveState((next) => {
      setState(next);
      if (wasLive && next !== 'live') dropped = true;
      if (next === 'live' && dropped) {
        dropped = false;
        back.current?.();
      }
      wasLive = next === 'live';
    });
  }, []);
  return state;
}

/** Said before the officer taps anything: with no signal, nothing can be searched, held or booked. */
export function OfflineNotice() {
  const online = useOnline();
  return (
    <p class={online ? 'offline-status' : 'notice notice-warn offline-status'} role="status">
      {online ? '' : 'No signal: this phone is offline. Nothing can be sent until it is back.'}
    </p>
  );
}
