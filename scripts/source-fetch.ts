/**
 * Fetching the pages a content register cites, for `npm run sources:check`:
 * only from Microsoft's two documentation hosts, with a timeout per request,
 * a User-Agent that says what is asking, and a small number of requests at
 * once (the check runs by hand before a release; it must not look like a
 * crawler). Redirects are followed by hand, so one to any other host is
 * reported instead of followed. The fetch function is passed in, so the
 * tests serve recorded pages without a network.
 */

/** The only hosts the check contacts: the ones whose pages it can read a date from. */
export const FETCHED_HOSTS: readonly string[] = ['learn.microsoft.com', 'support.microsoft.com'];

export const USER_AGENT = 'diagnostic-wizard-sources-check/1 (checks the pages a content register cites)';

/** The part of `fetch` the check uses. */
export type Fetch = (url: string, init: RequestInit) => Promise<Response>;

/** Learn adds the locale (/en-us/) and sometimes moves a page: a few hops are normal, many are a loop. */
const MAX_REDIRECTS = 5;

export type Fetched =
  | { readonly kind: 'page'; readonly url: string; readonly html: string }
  | { readonly kind: 'http-error'; readonly url: string; readonly status: number }
  /** Not fetched: a redirect to another host, or too many redirects. */
  | { readonly kind: 'refused'; readonly reason: string }
  /** The request failed: DNS, connection or timeout. */
  | { readonly kind: 'network'; readonly reason: string };

/** Whether the check may fetch this address (https, on one of FETCHED_HOSTS). */
export function isFetchedHost(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && FETCHED_HOSTS.includes(parsed.hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** Why a request failed, in a few words: the system's error code where there is one. */
function failure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `no answer within ${timeoutMs / 1000} s`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return error instanceof Error ? error.message : String(error);
}

/** Fetches one page's HTML, following redirects on the fetched hosts only. */
export async function fetchPage(url: string, fetch: Fetch, timeoutMs: number): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    if (!isFetchedHost(current)) return { kind: 'refused', reason: `redirects to ${current}, which is not fetched` };
    try {
      const response = await fetch(current, {
        redirect: 'manual',
        headers: { 'user-agent': USER_AGENT, accept: 'text/html' },
        signal: AbortSignal.timeout(timeoutMs),
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel();
        current = URL.canParse(location, current) ? new URL(location, current).href : location;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: 'http-error', url: current, status: response.status };
      }
      return { kind: 'page', url: current, html: await response.text() };
    } catch (error) {
      return { kind: 'network', reason: failure(error, timeoutMs) };
    }
  }
  return { kind: 'refused', reason: `more than ${MAX_REDIRECTS} redirects` };
}

/** `work` on every item, at most `limit` at a time; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
