/**
 * A content rule for dated text: a sentence that names one of a flow's
 * dates (`{date:<name>}` in a locale file, `1 February 2027` on a page) is
 * worded so it is true on every day, before the date and after it.
 *
 * Pages without a clock say the same thing every day: the whole article
 * (also the page without JavaScript), the map, the link reader, every
 * pre-rendered page. "Since 1 February 2027, Microsoft no longer sends …" is
 * false before that day, "Microsoft will stop … on 1 February 2027" after
 * it. "From 1 February 2027, Microsoft no longer sends …" (Dutch: "Vanaf
 * 1 februari 2027 verstuurt Microsoft … niet meer") and "… only until
 * 1 February 2027" ("tot 1 februari 2027") hold on every day.
 */
import { datePlaceholders } from '../engine/text-dates.ts';
import { strings } from './content-rules.ts';

/** Stands for the date a sentence names, in the markers below (a character no text uses). */
const DATE = '\u00a7';

/**
 * Per language, the words that make a sentence naming a date true on one
 * side of it only (`§` is the date). Kept here as data, in one place, so a
 * new language or a new way of saying it is one line, and a writer can see
 * at once what to avoid:
 * - `past`: the change as already happened ("Since §", "stopped", "was
 *   retired"; "Sinds §", "gestopt", "is beëindigd"): false before the date;
 * - `future`: the change as still to come ("will stop", "stops on §",
 *   "soon"; "stopt op §", "gaat … stoppen", "binnenkort"): false after it.
 * Present-tense states under "From §" / "Vanaf §" and "until §" / "tot §"
 * are not listed: they are the way to write it. English participles that
 * are also present-tense states ("From §, calls are retired") count only
 * as past forms (not after "is", "are" or "be"). Dutch participles count in
 * any sentence: "is gestopt" is past, "wordt gestopt op §" future; write
 * the present ("Vanaf § verstuurt Microsoft ze niet meer").
 */
const MARKERS: Readonly<Record<string, { readonly past: readonly RegExp[]; readonly future: readonly RegExp[] }>> = {
  en: {
    past: [
      /\bsince §/i,
      // "no longer … since §" (a causal "since" without the date is not past tense).
      /\bno longer\b.*\bsince §/i,
      // Past tense up to the date: "sent them until §" is false after it.
      /(?<!\b(?:is|are|be) )\b(?:sent|delivered|worked|arrived|was|were)\b[^.;:]*\buntil §/i,
      /(?<!\b(?:is|are|be) )\b(?:stopped|ended|ceased|began|started|retired|removed|disabled|discontinued|withdrawn|deprecated|switched off|turned off|phased out|took effect|came into effect|went into effect)\b/i,
      /\bwithdrew\b/i,
    ],
    future: [
      /\b(?:will|shall) no longer\b/i,
      /\b(?:will|shall)\b(?: not)?(?: \w+)?\s+(?:stop|end|cease|start|begin|change|take effect|come into effect|be retired|be removed|be disabled|be discontinued|be switched off|be turned off|be phased out|be withdrawn)\b/i,
      /\b(?:is|are) (?:going to|about to|scheduled to|planned to|retiring|ending|stopping|removing|discontinuing|phasing out|switching off|turning off)\b/i,
      /\b(?:stops|ends|ceases|starts|begins|changes|takes effect)\b.*\bon §/i,
      /\bon §,? [^;:]*\b(?:stops|ends|ceases|starts|begins|takes effect)\b/i,
      /(?<!\bas )\bsoon\b(?! as\b)|\b(?:upcoming|in the coming)\b/i,
    ],
  },
  nl: {
    past: [
      /\bsinds §/i,
      /\bniet meer\b.*\bsinds §/i,
      /\b(?:gestopt|stopte|stopten|beëindigd|beëindigde|beëindigden|uitgefaseerd|afgeschaft|opgeheven|uitgeschakeld|verdwenen|opgehouden|ingegaan)\b/i,
      // With the date first, the verb comes next: "Op § is Microsoft gestopt", "Op § stopte …".
      /\bop §,? (?:is|zijn|was|waren|heeft|hebben|had|hadden|werd|werden|\p{L}+(?:te|de|ten|den))\b/iu,
    ],
    future: [
      /\b(?:gaat|gaan|zal|zullen)\b.*\b(?:stoppen|eindigen|beëindigen|ophouden|verdwijnen|veranderen|uitfaseren|afschaffen|uitschakelen|ingaan)\b/i,
      /\b(?:stopt|stoppen|eindigt|eindigen|beëindigt|verdwijnt|verdwijnen|verandert|veranderen|vervalt|vervallen|gaat in|ingaan)\b.*\bop §/i,
      /\bop §,? (?:stopt|stoppen|eindigt|eindigen|beëindigt|verdwijnt|verdwijnen|verandert|veranderen|vervalt|vervallen|gaat|gaan)\b/i,
      /\b(?:binnenkort|straks|aanstaande)\b/i,
    ],
  },
};

/** The languages the rule knows (a language without markers is never checked: see the unit test). */
export const DATED_WORDING_LANGUAGES: readonly string[] = Object.keys(MARKERS);

const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A text's sentences: split at line breaks and after `.`, `!` or `?` that
 * a capital, a digit or an opening quote follows (not after "e.g." or "bijv."
 * in mid-sentence), trimmed, empty ones left out.
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'‘“({])/u)
    .map((sentence) => sentence.replace(/\s+/g, ' ').trim())
    .filter((sentence) => sentence !== '');
}

/**
 * The sentences of `text` that name one of `dates` (as written in the text:
 * `1 February 2027`, or `{date:sms-voice-retirement}`) in words that are
 * true on one side of the date only. Empty for a language the rule does not know.
 */
export function oneSidedDatedSentences(text: string, dates: readonly string[], language: string): string[] {
  const markers = MARKERS[language];
  const named = dates.filter((date) => date !== '');
  if (!markers || named.length === 0) return [];
  // Longest first: a date that contains another is replaced whole.
  const date = new RegExp(
    named
      .toSorted((a, b) => b.length - a.length)
      .map(literally)
      .join('|'),
    'g',
  );
  const all = [...markers.past, ...markers.future];
  return sentences(text).filter((sentence) => {
    const marked = sentence.replace(date, DATE);
    return marked !== sentence && all.some((marker) => marker.test(marked));
  });
}

/**
 * In a parsed locale file: each string's sentences that name a date in
 * words true on one side of it only, as `path: sentence`. A string's dates
 * are its `{date:<name>}` placeholders, and `dates` (a flow's dates as the
 * language writes them, or `{{date}}` for a date the UI fills in).
 */
export function oneSidedDatedTexts(language: string, json: unknown, dates: readonly string[] = []): string[] {
  return strings(json).flatMap(([path, value]) =>
    oneSidedDatedSentences(value, [...datePlaceholders(value).map((name) => `{date:${name}}`), ...dates], language).map(
      (sentence) => `${path}: ${sentence}`,
    ),
  );
}
