import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * After each client-side navigation (not on first load, where the browser's
 * own start point is right), moves focus to the new page's `<h1>`, so
 * keyboard and screen-reader users land on the new question. Focus on the
 * heading makes a screen reader read it: saying it again in a live region
 * would announce every step twice. So the returned announcement (for a
 * polite live region) is only for a page without an `<h1>` to focus: its
 * document title, so the change is still heard.
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
    if (!heading) {
      setAnnouncement(document.title);
      return;
    }
    setAnnouncement('');
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    // preventScroll: in an iframe, scrolling into view would scroll the host
    // page too; the page is already at its top, and the host script brings
    // the iframe's top into view.
    heading.focus({ preventScroll: true });
  }, [key]);
  return announcement;
}
