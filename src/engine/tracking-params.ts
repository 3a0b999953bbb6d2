/**
 * Parameters that mail, ad and analytics platforms add to any link they pass
 * on. They are never an answer, never worth a "not recognised" notice, and
 * never carried to another page (the language switch and every step link
 * leave them out). The one list, for the wizard and the link reader alike.
 */

/** Click ids and campaign parameters added by mail and ad platforms, lower-case. */
export const TRACKING_PARAMS: readonly string[] = [
  'fbclid',
  'gclid',
  'msclkid',
  'dclid',
  'gbraid',
  'wbraid',
  'yclid',
  'twclid',
  'ttclid',
  'li_fat_id',
  'igshid',
  'srsltid',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_hsenc',
  '_hsmi',
  '_ga',
  '_gl',
];

/** Prefixes of campaign parameters: Google Analytics (`utm_source`, …) and Matomo (`mtm_campaign`, `pk_kwd`, …). */
export const TRACKING_PREFIXES: readonly string[] = ['utm_', 'mtm_', 'pk_'];

/** Whether a parameter name is a tracking parameter (`utm_*`, `fbclid`, `gclid`, `msclkid`, …), in any case. */
export function isTrackingParam(name: string): boolean {
  const lower = name.trim().toLowerCase();
  return TRACKING_PARAMS.includes(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
