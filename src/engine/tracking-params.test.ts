import { describe, expect, it } from 'vitest';
import { isKebabCase } from './ids.ts';
import { isTrackingParam, TRACKING_PARAMS, TRACKING_PREFIXES } from './tracking-params.ts';

describe('isTrackingParam', () => {
  it('knows the common click ids and campaign prefixes, in any case', () => {
    for (const name of ['utm_source', 'UTM_Campaign', 'fbclid', 'gclid', 'MSCLKID', 'mtm_campaign', 'pk_kwd', ' _ga '])
      expect(isTrackingParam(name), name).toBe(true);
    for (const name of TRACKING_PARAMS) expect(isTrackingParam(name), name).toBe(true);
  });

  it('takes no answer or reserved name for one', () => {
    for (const name of ['symptom', 'embed', 'utm', 'colour', 'account-type', 'pk', 'gclid-like'])
      expect(isTrackingParam(name), name).toBe(false);
  });

  it('is written in lower case, as it is compared', () => {
    for (const name of [...TRACKING_PARAMS, ...TRACKING_PREFIXES]) expect(name).toBe(name.toLowerCase());
  });

  it('has prefixes no question id could start with (ids are kebab-case, without `_`)', () => {
    for (const prefix of TRACKING_PREFIXES) expect(isKebabCase(`${prefix}x`)).toBe(false);
  });
});
