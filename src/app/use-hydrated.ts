import { useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';

const noSubscription = () => () => {};

/**
 * `clientValue()` once hydrated, `serverValue` while React hydrates the
 * pre-rendered HTML (and on the server). The pre-rendered page of a URL
 * cannot know its query string or its frame, so what depends on them renders
 * one moment after hydration, keeping the first client render identical to
 * the HTML. React compares the two values: a component whose value is the
 * same both ways (a page without a query, a page not embedded) is not
 * rendered again, and neither is its subtree. The value must be a primitive
 * (compared with Object.is).
 */
export function useAfterHydration<T extends string | number | boolean>(clientValue: () => T, serverValue: T): T {
  return useSyncExternalStore(noSubscription, clientValue, () => serverValue);
}

/** False while React hydrates the pre-rendered HTML (and on the server), true after. */
export function useHydrated(): boolean {
  return useAfterHydration(() => true, false);
}

/** The query string (without `?`) for rendering: empty until hydrated. */
export function useQuery(): string {
  const { search } = useLocation();
  return useAfterHydration(() => search.replace(/^\?/, ''), '');
}
