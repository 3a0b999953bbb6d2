/**
 * Whether the wizard runs embedded, and the class that lays the page out for
 * an iframe. Read by the entry script (main.tsx) as soon as it runs, before
 * the app starts, and by the app: the pre-rendered HTML is the same for every
 * query and host, and switching the layout only after hydration moved the
 * page under a reader's first tap (e2e embed.spec). Only a type is
 * imported, so the entry script stays one small file.
 */
import type { ReservedParam } from '../engine/url-state.ts';

/** The parameter that asks for the embedded layout (a reserved name, checked by the compiler). */
const EMBED: ReservedParam = 'embed';

/** On `<html>` while the wizard runs embedded; styles.css keys the embedded layout on it. */
export const EMBEDDED_CLASS = 'is-embedded';

/** `embed=1` in a query string (the name in any case, as the address is later tidied to). */
export function asksToEmbed(search: string): boolean {
  for (const [name, value] of new URLSearchParams(search))
    if (name.trim().toLowerCase() === EMBED && value.trim() === '1') return true;
  return false;
}

/** Whether another page frames this one (any frame, from any origin). */
export function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** Embedded: asked for by the address, or framed by another page. */
export function runsEmbedded(search: string): boolean {
  return asksToEmbed(search) || isFramed();
}

/** Lays the page out embedded, or not. */
export function showEmbedded(embedded: boolean, root: HTMLElement = document.documentElement): void {
  root.classList.toggle(EMBEDDED_CLASS, embedded);
}
