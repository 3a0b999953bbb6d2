import { isFlowId } from '../i18n/flow-registry.ts';
import { isLanguage, type Language } from '../i18n/languages.ts';

/** A path segment that looks like a language tag (`fr`, `de-DE`), as opposed to a flow id. */
const LANGUAGE_LIKE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/**
 * Where a path below `/:lng` must go instead, or undefined when it is fine.
 * Pure, so it is tested without a browser:
 * - ids are lowercase: `/EN/SSPR-Admin/Symptom` → `/en/sspr-admin/symptom`;
 * - an unknown language becomes the reader's on the same path
 *   (`/fr/sspr-admin/symptom` → `/nl/sspr-admin/symptom`);
 * - a path without a language gets one in front (`/sspr-admin/` → `/nl/sspr-admin/`).
 */
export function languageRedirect(pathname: string, reader: Language): string | undefined {
  if (pathname !== pathname.toLowerCase()) return pathname.toLowerCase();
  const [, first = '', ...rest] = pathname.split('/');
  if (isLanguage(first)) return undefined;
  const keepsFirst = isFlowId(first) || !LANGUAGE_LIKE.test(first);
  return `/${reader}/${(keepsFirst ? [first, ...rest] : rest).join('/')}`;
}
