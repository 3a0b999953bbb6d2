import { ALL_STEP, LINK_STEP, MAP_STEP } from '../engine/ids.ts';

/**
 * The support tools: pages every flow has at a step id the app reserves
 * (src/engine/ids.ts), as data read by the routes (src/support/SupportRoute.tsx),
 * the build (scripts/public-pages.ts, scripts/prerender.ts) and the size check
 * (scripts/check-size.ts). Each page's code is a chunk of its own, loaded only
 * on that page, never on a question or summary page.
 */
export interface SupportPage {
  /** The reserved step id: `/{lng}/{flow}/{step}`. */
  readonly step: string;
  /** The page's module in src/support/, whose default export is the page. */
  readonly module: string;
  /** For staff, not for search engines: `<meta name="robots" content="noindex">`. */
  readonly noindex: boolean;
  /** Written without any script or modulepreload: complete, and meant to work, as plain HTML. */
  readonly scriptFree: boolean;
}

export const SUPPORT_PAGES: readonly SupportPage[] = [
  { step: MAP_STEP, module: 'MapPage.tsx', noindex: true, scriptFree: false },
  { step: LINK_STEP, module: 'LinkPage.tsx', noindex: true, scriptFree: false },
  { step: ALL_STEP, module: 'ArticlePage.tsx', noindex: false, scriptFree: true },
];

/** The support page at a step id, if it is one. */
export function supportPage(step: string | undefined): SupportPage | undefined {
  return SUPPORT_PAGES.find((page) => page.step === step);
}

/** The source path of a support page's module (as in Vite's manifest). */
export const supportSource = (page: SupportPage) => `src/support/${page.module}`;
