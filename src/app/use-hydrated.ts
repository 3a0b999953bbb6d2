import { useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';

const noSubscription = () => () => {};

/**
 * False while React hydrates the pre-rendered HTML (and on the server), true
 * after. The pre-rendered page of a URL cannot know its query string, so
 * everything that depends on it renders one moment after hydration, keeping
 * the first client render identical to the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/** The query string (without `?`) for rendering: empty until hydrated. */
export function useQuery(): string {
  const { search } = useLocation();
  const hydrated = useHydrated();
  return hydrated ? search.replace(/^\?/, '') : '';
}
