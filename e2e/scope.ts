/**
 * How broad the browser tests are. `npm test` (the default) tests each fact
 * once, at the cheapest level that sees it: a page type once, a few
 * representatives of each class of input. `npm run test:exhaustive`
 * (E2E_SCOPE=exhaustive, for releases) keeps the full breadth: every
 * question in every language, every generated URL, every journey, and the
 * sub-path and nginx runs over their whole specs.
 */
export const E2E_SCOPE_VARIABLE = 'E2E_SCOPE';

export const EXHAUSTIVE = process.env[E2E_SCOPE_VARIABLE] === 'exhaustive';

/** All of `items` in the exhaustive run, else the ones `representative` picks. */
export function inScope<T>(items: readonly T[], representative: (item: T, index: number) => boolean): T[] {
  return EXHAUSTIVE ? [...items] : items.filter(representative);
}

/**
 * The languages to open the `index`-th page type in: every language in the
 * exhaustive run, else one, taking turns over the page types (the markup is
 * the same in every language; the text of each is checked elsewhere, by the
 * content tests and the axe run on every page type).
 */
export function languagesFor<T>(languages: readonly T[], index: number): T[] {
  return EXHAUSTIVE ? [...languages] : [languages[index % languages.length] as T];
}
