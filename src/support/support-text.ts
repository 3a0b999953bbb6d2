import { BASE_PATH } from '../app/base-path.ts';
import type { MapTarget } from '../engine/flow-map.ts';
import { longDate } from '../engine/text-dates.ts';
import type { AnyFlow } from '../engine/types.ts';
import type { FlowTextView } from '../i18n/flow-text.ts';
import { DATE_LOCALES, isLanguage } from '../i18n/languages.ts';

/**
 * Words for the support tools, from the flow's locale file and the UI text:
 * a step's title, a question's short label, an option's label, a finding's
 * title, and a branch rule in words. An id without text is shown as the id
 * (support staff know the ids; the flow-test kit keeps the text complete).
 */

export interface SupportWords {
  readonly stepTitle: (step: string) => string;
  readonly questionShort: (question: string) => string;
  readonly optionLabel: (question: string, option: string) => string;
  readonly findingTitle: (finding: string) => string;
}

export function supportWords(flow: AnyFlow, text: FlowTextView | undefined, summaryWord: string): SupportWords {
  const question = (id: string) => text?.questions[id];
  return {
    stepTitle: (step) => {
      const node = (flow.nodes as Readonly<Record<string, { kind: string } | undefined>>)[step];
      if (node?.kind === 'terminal') return summaryWord;
      return question(step)?.title ?? step;
    },
    questionShort: (id) => question(id)?.short ?? id,
    optionLabel: (id, option) => question(id)?.options[option]?.label ?? option,
    findingTitle: (finding) => text?.findings?.[finding]?.title ?? finding,
  };
}

/** The public path of a page (with the site's sub-path), as staff send it: `/help/en/flow/step?…`. */
export function publicPath(path: string): string {
  return `${BASE_PATH}${path}`;
}

/** The full URL of a public path, in the browser (for Copy). */
export function publicUrl(path: string): string {
  return `${window.location.origin}${publicPath(path)}`;
}

/** A flow date (`since`) in the page's language: "1 February 2027". */
export function dateWords(flow: AnyFlow, lng: string, name: string): string {
  const iso = flow.dates?.[name];
  return iso ? longDate(isLanguage(lng) ? DATE_LOCALES[lng] : lng)(iso) : name;
}

/** The words for `values` joined with "or": "email or text message". */
export function orList(values: readonly string[], or: string): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${or} ${values.at(-1)}`;
}

/**
 * The condition under which an option leads to a target, in words: "if
 * <question> is <option> or <option>", "from <date>", "otherwise"; empty
 * for a plain next step.
 */
export function conditionWords(
  target: MapTarget,
  words: SupportWords,
  phrases: {
    readonly when: (question: string, options: string) => string;
    readonly since: (date: string) => string;
    readonly otherwise: string;
    readonly or: string;
    readonly date: (name: string) => string;
  },
): string {
  if (target.otherwise) return phrases.otherwise;
  if (!target.when) return '';
  const { question, anyOf, since } = target.when;
  const condition = phrases.when(
    words.questionShort(question),
    orList(
      anyOf.map((option) => words.optionLabel(question, option)),
      phrases.or,
    ),
  );
  return since === undefined ? condition : `${condition}, ${phrases.since(phrases.date(since))}`;
}
