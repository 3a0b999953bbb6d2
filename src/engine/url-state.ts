import { isTrackingParam } from './tracking-params.ts';
import type { Answer } from './types.ts';

/**
 * Query parameters that carry something other than an answer. No question may
 * use one of these ids (validate checks it), so they can share the query string.
 */
export const RESERVED_PARAMS = ['embed', 'lng', 'flow', 'step', 'theme', 'debug'] as const;

export type ReservedParam = (typeof RESERVED_PARAMS)[number];

const reserved: ReadonlySet<string> = new Set(RESERVED_PARAMS);

/**
 * An id as a URL may spell it (` Symptom `, `SMS`) in its one form: ids are
 * lowercase kebab-case (validate checks it), so case and surrounding spaces
 * carry no meaning and a link typed or "corrected" by a mail program still works.
 */
export function idFromUrl(text: string): string {
  return text.trim().toLowerCase();
}

/** Whether a parameter name is reserved, or a tracking parameter no question could use (any case). */
export function isReservedParam(name: string): boolean {
  return reserved.has(idFromUrl(name)) || isTrackingParam(name);
}

function paramsOf(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search) : search;
}

/**
 * Reads answers from a query string, in order: `?symptom=sms&account-type=yes`.
 * Names and values are read as ids (`idFromUrl`: `?Symptom=SMS` is `symptom=sms`).
 * Junk is tolerated: reserved, tracking and empty parameters are skipped;
 * whether a question or option exists is for `walk` to judge against the flow.
 */
export function answersFromSearch(search: string | URLSearchParams): Answer[] {
  const answers: Answer[] = [];
  for (const [name, value] of paramsOf(search)) {
    const question = idFromUrl(name);
    const option = idFromUrl(value);
    if (question === '' || option === '' || isReservedParam(question)) continue;
    answers.push({ question, option });
  }
  return answers;
}

/**
 * The reserved parameters of a query string, to carry them across navigation:
 * the name lower-cased (`EMBED=1` is `embed=1`), the value as written (a theme
 * is not an id). Tracking parameters are never among them.
 */
export function reservedFromSearch(search: string | URLSearchParams): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of paramsOf(search)) if (reserved.has(idFromUrl(name))) kept.push([idFromUrl(name), value]);
  return kept;
}

/**
 * The tracking parameters of a query string, as written: left in the address
 * of the page a link opened (the host's analytics may read them there) but
 * never carried to another page.
 */
export function trackingFromSearch(search: string | URLSearchParams): [string, string][] {
  return [...paramsOf(search)].filter(([name]) => isTrackingParam(name));
}

/**
 * Writes answers (and any reserved parameters to keep) as a query string with
 * its leading `?`, or an empty string when there is nothing to write.
 */
export function searchFromAnswers(
  answers: readonly Answer[],
  keep: readonly (readonly [string, string])[] = [],
): string {
  const params = new URLSearchParams();
  for (const { question, option } of answers) params.append(question, option);
  for (const [name, value] of keep) params.append(name, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
