import type { ReservedParam } from './url-state.ts';

/** The parameter that asks for the embedded layout (no site header or footer). */
const EMBED: ReservedParam = 'embed';

/**
 * The summary's address as a helper should open it from a ticket or a
 * printout: the same answers, in the full site rather than the embedded
 * layout an intranet iframe asked for.
 */
export function summaryLink(href: string): string {
  const url = new URL(href);
  if (!url.searchParams.has(EMBED)) return href;
  url.searchParams.delete(EMBED);
  return url.href;
}
