import type { Answer } from './types.ts';

/**
 * Query parameters that carry something other than an answer. No question may
 * use one of these ids (validate checks it), so they can share the query string.
 */
export const RESERVED_PARAMS = ['embed', 'lng', 'flow', 'step', 'theme', 'debug'] as const;

export type ReservedParam = (typeof RESERVED_PARAMS)[number];

const reserved: ReadonlySet<string> = new Set(RESERVED_PARAMS);

/** Whether a parameter name is reserved, or a tracking parameter no question could use. */
export function isReservedParam(name: string): boolean {
  return reserved.has(name) || name.startsWith('utm_');
}

/**
 * Reads answers from a query string, in order: `?symptom=sms&account-type=yes`.
 * Junk is tolerated: reserved and empty parameters are skipped; whether a
 * question or option exists is for `walk` to judge against the flow.
 */
export function answersFromSearch(search: string | URLSearchParams): Answer[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const answers: Answer[] = [];
  for (const [question, option] of params) {
    if (question === '' || option === '' || isReservedParam(question)) continue;
    answers.push({ question, option });
  }
  return answers;
}

/** The reserved parameters of a query string, to carry them across navigation. */
export function reservedFromSearch(search: string | URLSearchParams): [string, string][] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return [...params].filter(([name]) => reserved.has(name));
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
