import { useEffect, useState } from 'preact/hooks';
import { useAction } from '../kit/hooks';
import { ErrorNotice } from '../kit/ui';
import { pushState, turnOffPush, turnOnPush, type PushState } from '../push/device';

const SAYS: Record<PushState, string> = {
  on: 'On: this phone shows Haven’s notifications, even with the page closed.',
  off: 'Off: this phone does not show Haven’s notifications.',
  blocked:
    'Blocked by the browser: it was told not to show Haven’s notifications. Allow them in the browser’s settings for this site, then come back here.',
  unsupported:
    'This browser cannot show notifications from a web page. On an iPhone, add Haven to the home screen first and open it from there.',
};

/** Push on this device: its state in words, and the one button that changes it. */
export function PushControl() {
  const [state, setState] = useState<PushState | undefined>();
  const change = useAction(async (on: boolean) => setState(await (on ? turnOnPush() : turnOffPush())));
  useEffect(() => {
    void pushState().then(setState, () => setState('unsupported'));
  }, []);

  return (
    <section aria-labelledby="push-heading" class="settings-section">
      <h2 id="push-heading">Notifications on this phone</h2>
      <p role="status" id="push-state" class="push-state" data-state={state}>
        {state ? SAYS[state] : 'Checking this phone…'}
      </p>
      {(state === 'off' || state === 'on') && (
        <button
          type="button"
          class={state === 'off' ? 'primary' : undefined}
          disabled={change.busy}
          aria-describedby="push-state"
          onClick={() => void change.run(state === 'off')}
        >
          {state === 'off' ? 'Turn on notifications on this phone' : 'Turn off notifications on this phone'}
        </button>
      )}
      <ErrorNotice error={change.error} />
    </section>
  );
}
