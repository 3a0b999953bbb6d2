import {
  array,
  type GenericSchema,
  type InferOutput,
  never,
  nonEmpty,
  type ObjectEntries,
  object,
  objectWithRest,
  optional,
  pipe,
  record,
  string,
  union,
} from 'valibot';
import { nodeEntries } from './graph.ts';
import type { AnyFlow } from './types.ts';

/**
 * The text a flow needs in every language, defined once. Each schema's
 * message says what the value should be (`locale-check.ts` words the problem
 * around it).
 *
 * - `FlowTextSchema` / `FlowText`: the shape the UI reads, ids as plain
 *   strings (a missing entry is `undefined`, never a crash). Only its type is
 *   used by the app; nothing parses text in the browser.
 * - `flowLocaleSchema(flow)`: the exact shape one flow's locale file must
 *   have, built from the same parts: exactly the flow's question, option,
 *   finding and note ids, `help` exactly where a question has `help: true`,
 *   `handoff` exactly where a finding has one, and no unknown key anywhere.
 *   `flowTextProblems` (locale-check.ts) runs it for every language, in
 *   `npm run flow:check` and the tests.
 *
 * Empty strings are allowed here and reported by `compareLocales`, per language.
 */

const TEXT = 'text';
const text = string(TEXT);
const optionalText = optional(text);
const texts = array(text, 'a list of texts');

/** A paragraph or numbered step; `code` is a command shown in a copyable block, never translated. */
const BlockSchema = union([text, object({ text, code: text })], 'text or { text, code }');
const blocks = (what: string) => pipe(array(BlockSchema, what), nonEmpty(what));

/** A link to another site (Microsoft's pages); opens in a new tab. */
const LinkSchema = object({ label: text, href: text }, '{ label, href }');
const links = array(LinkSchema, 'a list of { label, href }');

const optionEntries = { label: text, hint: optionalText };
const OptionTextSchema = object(optionEntries);

const helpEntries = {
  summary: text,
  body: blocks('a non-empty list of paragraphs'),
};
const HelpSchema = object(helpEntries);

const questionEntries = {
  /** The question: the page's heading and the fieldset's legend. */
  title: text,
  hint: optionalText,
  /** Shown when Continue is pressed with nothing chosen. */
  error: text,
  /** The short label in "your answers so far" and the summary. */
  short: text,
};
const QuestionTextSchema = object({
  ...questionEntries,
  options: record(string(), OptionTextSchema),
  /** The longer "how to find out", for a question with `help: true`. */
  help: optional(HelpSchema),
});

const findingEntries = {
  title: text,
  /** What is wrong, in one or two sentences. */
  problem: text,
  /** The fix, as numbered steps. */
  steps: blocks('a non-empty list of steps'),
  /** How to check that it worked. */
  verify: optionalText,
  links: optional(links),
};
const FindingTextSchema = object({
  ...findingEntries,
  /** The label of the link into another troubleshooter, for a finding with a `handoff`. */
  handoff: optionalText,
});

/** The flow-wide sections, the same for every flow. */
const sections = {
  meta: {
    title: text,
    /** One sentence for the list of troubleshooters. */
    description: text,
  },
  start: {
    intro: text,
    symptoms: texts,
    needs: texts,
    /** How long it takes ("about 3 minutes"). */
    duration: text,
  },
  /** The summary's words that depend on the problem. */
  summary: { escalationHeading: text },
  /** Shown on the summary when no cause was found on the path. */
  noCause: { title: text, body: text },
  /** The page for "No, this did not solve it". */
  moreHelp: { intro: text, steps: blocks('a non-empty list of steps'), links },
  /** The page after "Yes, this solved it": how to avoid the problem next time. */
  done: { body: text },
} satisfies Record<string, ObjectEntries>;

const OBJECT = 'an object';

export const FlowTextSchema = object({
  meta: object(sections.meta, OBJECT),
  start: object(sections.start, OBJECT),
  summary: object(sections.summary, OBJECT),
  noCause: object(sections.noCause, OBJECT),
  moreHelp: object(sections.moreHelp, OBJECT),
  done: object(sections.done, OBJECT),
  questions: record(string(), QuestionTextSchema),
  findings: record(string(), FindingTextSchema),
  /** Notes several findings share (a dated announcement, a retry limit), written once; may hold `{date:<name>}`. Loaded with the findings (for the summary only), so absent on question pages. */
  notes: optional(record(string(), text)),
});

/** A flow's text in one language, as the UI reads it. */
export type FlowText = InferOutput<typeof FlowTextSchema>;
export type QuestionText = InferOutput<typeof QuestionTextSchema>;
export type OptionText = InferOutput<typeof OptionTextSchema>;
export type FindingText = InferOutput<typeof FindingTextSchema>;
export type Block = InferOutput<typeof BlockSchema>;
export type LinkText = InferOutput<typeof LinkSchema>;

/**
 * An object with exactly these keys: every other key is an issue of its own
 * (valibot's strictObject stops at the first unknown key), whose message is
 * `unknown`.
 */
function exact(entries: ObjectEntries, unknown = 'not a text the wizard uses'): GenericSchema {
  return objectWithRest(entries, never(unknown), OBJECT);
}

/** The exact shape of one flow's locale file (see the top of this module). */
export function flowLocaleSchema(flow: AnyFlow): GenericSchema {
  const findings = flow.findings as Readonly<Record<string, { readonly handoff?: unknown }>>;
  const notes: readonly string[] = flow.notes ?? [];
  const questions = nodeEntries(flow).flatMap(([id, node]) =>
    node.kind === 'question'
      ? [
          [
            id,
            exact({
              ...questionEntries,
              options: exact(
                Object.fromEntries(node.options.map((option) => [option.id, exact(optionEntries)])),
                `not an option of question "${id}"`,
              ),
              help: node.help ? exact(helpEntries) : optional(never(`question "${id}" has no help: true`)),
            }),
          ],
        ]
      : [],
  );
  return exact({
    ...Object.fromEntries(Object.entries(sections).map(([key, entries]) => [key, exact(entries)])),
    questions: exact(Object.fromEntries(questions), 'not a question of the flow'),
    findings: exact(
      Object.fromEntries(
        Object.entries(findings).map(([id, finding]) => [
          id,
          exact({
            ...findingEntries,
            handoff: finding.handoff ? text : optional(never(`finding "${id}" has no handoff`)),
          }),
        ]),
      ),
      'not a finding of the flow',
    ),
    notes:
      notes.length > 0
        ? exact(Object.fromEntries(notes.map((id) => [id, text])), 'not a note of the flow')
        : optional(exact({}, 'not a note of the flow')),
  });
}
