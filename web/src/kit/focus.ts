import { useEffect, useRef } from 'preact/hooks';

/**
 * Moves focus to a view's heading when the view (or `key`) changes, so a screen reader starts
 * reading the new view and a keyboard user carries on from its top.
 */
export function useHeadingFocus<T extends HTMLElement>(key: unknown = undefined) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}
