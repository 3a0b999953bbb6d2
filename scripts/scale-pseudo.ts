/**
 * Pseudo-localisation for the scale test (scripts/scale-build.ts): a
 * language made from English by machine, to prove a language is data. Every
 * letter is accented, each text is about 30% longer and in brackets (so cut
 * or untranslated text shows), and what must not change is kept: `{{x}}` and
 * `{date:x}` placeholders, URLs, email addresses, `code` blocks and link
 * `href`s.
 */

const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'î',
  j: 'ĵ',
  k: 'ķ',
  l: 'ļ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ö',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'û',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Å',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Î',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ļ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ö',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Û',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** What stays as it is: placeholders, URLs (without trailing punctuation), email addresses. */
const KEEP = /(\{\{[^}]*\}\}|\{date:[^}]*\}|https?:\/\/[^\s]*[^\s.,;:!?)'"]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

const PADDING = ' ōñé ţŵö ţĥŕéé ƒöûŕ ƒîṽé šîẋ šéṽéñ éîĝĥţ ñîñé ţéñ';

/** One text pseudo-localised: accented, about 30% longer, in brackets; placeholders, URLs and addresses kept. */
export function pseudoText(text: string): string {
  if (text.trim() === '') return text;
  const accented = text
    .split(KEEP)
    .map((part, n) => (n % 2 === 1 ? part : [...part].map((char) => ACCENTS[char] ?? char).join('')))
    .join('');
  const extra = Math.ceil(text.length * 0.3);
  let padding = '';
  while (padding.length < extra) padding += PADDING;
  return `[${accented}${padding.slice(0, extra).trimEnd()}]`;
}

/** Keys whose values are never translated: commands and link targets. */
const UNTRANSLATED = new Set(['code', 'href']);

/** A parsed locale file pseudo-localised: the same keys and list lengths, every text through `pseudoText`. */
export function pseudoLocale(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && UNTRANSLATED.has(key) ? value : pseudoText(value);
  if (Array.isArray(value)) return value.map((item) => pseudoLocale(item));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, pseudoLocale(inner, name)]));
  return value;
}

/** Whether a text looks pseudo-localised (for assertions on rendered pages). */
export function isPseudo(text: string): boolean {
  return /^\[.*[áéîöûñţŕš].*\]$/su.test(text.trim());
}
