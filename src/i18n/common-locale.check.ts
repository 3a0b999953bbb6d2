/**
 * Compile-time check: the Dutch and English UI texts have the same keys.
 * Type-only, so it adds nothing to the bundle. A key missing in either file
 * makes `npm run typecheck` fail here.
 */
import type { ConformsTo } from '../engine/locale-shape.ts';

type English = typeof import('../../locales/en/common.json');
type Dutch = typeof import('../../locales/nl/common.json');

export type DutchHasEveryEnglishKey = ConformsTo<English, Dutch>;
export type EnglishHasEveryDutchKey = ConformsTo<Dutch, English>;
