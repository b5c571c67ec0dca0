import { useState } from 'preact/hooks';
import type { Place } from './store';

/** What the location is wanted for: where to search from, or an area to avoid. */
export type LocatePurpose = 'search' | 'avoid';

/** The phone's location, asked for once per tap, with what to say while and after it is found. */
export function useLocate() {
  const [locating, setLocating] = useState<LocatePurpose | undefined>();
  const [message, setMessage] = useState<{ text: string; error: boolean } | undefined>();

  function locate(purpose: LocatePurpose, then: (place: Place) => void) {
    if (!('geolocation' in navigator)) {
      setMessage({ text: 'This browser cannot share its location here. Pick a town instead.', error: true });
      return;
    }
    setLocating(purpose);
    setMessage({ text: 'Finding your location…', error: false });
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setLocating(undefined);
        const place = {
          label: 'your location',
          latitude: Math.round(position.coords.latitude * 10_000) / 10_000,
          longitude: Math.round(position.coords.longitude * 10_000) / 10_000,
        };
        setMessage({
          text: `Using your location (to about ${Math.max(1, Math.round(position.coords.accuracy))} m).`,
          error: false,
        });
        then(place);
      },
      (failure) => {
        setLocating(undefined);
        setMessage({
          text:
            failure.code === failure.PERMISSION_DENIED
              ? 'Location is not allowed for this page. Pick a town from the list instead, or allow location in the browser settings.'
              : 'Your location could not be found just now. Pick a town from the list instead.',
          error: true,
        });
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  return { locating, message, locate };
}
