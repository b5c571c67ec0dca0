import { render } from 'preact';
import { App } from './app';
import { navigate } from './route';
import { isOpenRouteMessage } from './sw/open-route';
import './styles.css';

render(<App />, document.getElementById('app')!);

// A tapped notification: the service worker (web/src/sw) asks this tab to show the view it names.
if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (isOpenRouteMessage(event.data)) navigate(event.data.route);
  });
  navigator.serviceWorker.startMessages();
}
