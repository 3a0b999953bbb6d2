import 'i18next';
import type common from '../../locales/en/common.json';

// Typed keys: `t('summary.copy')` compiles, a missing key does not.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common };
  }
}
