import type { Answer } from '../engine/types.ts';
import { searchFromAnswers } from '../engine/url-state.ts';

/**
 * Builders for the public URLs (see DESIGN.md, "URL contract"). Paths are
 * relative to the router's basename, so they work under any BASE_PATH.
 */

export type KeptParams = readonly (readonly [string, string])[];

export function languageHref(lng: string, keep: KeptParams = []): string {
  return `/${lng}/${searchFromAnswers([], keep)}`;
}

export function flowHref(lng: string, flowId: string, keep: KeptParams = []): string {
  return `/${lng}/${flowId}/${searchFromAnswers([], keep)}`;
}

export function stepHref(
  lng: string,
  flowId: string,
  stepId: string,
  answers: readonly Answer[],
  keep: KeptParams = [],
): string {
  return `/${lng}/${flowId}/${stepId}${searchFromAnswers(answers, keep)}`;
}

/** The same page in another language: only the first path segment changes. */
export function switchLanguagePath(pathname: string, lng: string): string {
  const rest = pathname.split('/').slice(2).join('/');
  return `/${lng}/${rest}`;
}
