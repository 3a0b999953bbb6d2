/** The sub-path the app is served under (`BASE_PATH` at build time), without trailing slash; '' at the root. */
export const BASE_PATH = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A browser pathname as the router sees it: without the sub-path. */
export function withoutBasePath(pathname: string): string {
  return BASE_PATH && pathname.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) || '/' : pathname;
}
