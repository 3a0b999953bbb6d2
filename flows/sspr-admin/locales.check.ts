/**
 * Compile-time check: both locale files hold every text this flow needs.
 * Type-only (no runtime import), so the app still loads one language at a time.
 * A missing key makes `npm run typecheck` fail here.
 */
import type { ConformsTo, FlowLocale } from '../../src/engine/locale-shape.ts';
import type { SsprAdminFlow } from './flow.ts';

type Shape = FlowLocale<SsprAdminFlow>;

export type DutchText = ConformsTo<Shape, typeof import('../../locales/nl/sspr-admin.json')>;
export type EnglishText = ConformsTo<Shape, typeof import('../../locales/en/sspr-admin.json')>;
