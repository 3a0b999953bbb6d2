import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';

/**
 * After each client-side navigation (not on first load, where the browser's
 * own start point is right), moves focus to the new page's `<h1>` and returns
 * its text for a polite live region, so keyboard and screen-reader users
 * land on the new question.
 */
export function useFocusOnNavigation(main: React.RefObject<HTMLElement | null>): string {
  const { key } = useLocation();
  const first = useRef(true);
  const [announcement, setAnnouncement] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per navigation, keyed by location.key
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    heading.scrollIntoView?.({ block: 'nearest' });
    setAnnouncement(heading.textContent ?? '');
  }, [key]);
  return announcement;
}
