import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * After each client-side navigation (not on first load, where the browser's
 * own start point is right), moves focus to the new page's `<h1>` and returns
 * its text for a polite live region, so keyboard and screen-reader users
 * land on the new question.
 */
export function useFocusOnNavigation(main: React.RefObject<HTMLElement | null>): string {
  const { key } = useLocation();
  const navigationType = useNavigationType();
  const firstKey = useRef(key);
  const [announcement, setAnnouncement] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per navigation, keyed by location.key
  useEffect(() => {
    // First load, or a URL tidy-up (REPLACE) on the same page: leave focus alone.
    // (Compared by key, not a flag, so StrictMode's double effects in dev don't count.)
    if (key === firstKey.current || navigationType === 'REPLACE') return;
    // A new page starts at its top (inside an iframe this scrolls only the iframe).
    window.scrollTo(0, 0);
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // preventScroll: in an iframe, scrolling into view would scroll the host
    // page too; the page is already at its top, and the host script brings
    // the iframe's top into view.
    heading.focus({ preventScroll: true });
    setAnnouncement(heading.textContent ?? '');
  }, [key]);
  return announcement;
}
