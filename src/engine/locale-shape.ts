import type { AnyFlow, FindingIdOf, NoteIdOf } from './types.ts';

/**
 * The text a flow needs in every language, derived from the flow itself: a
 * question, option or finding without its text is a compile error wherever a
 * locale file is checked against this type (see `flows/<id>/locales.check.ts`).
 */

/** A paragraph or numbered step; `code` is a command shown in a copyable block, never translated. */
export type Block = string | { readonly text: string; readonly code: string };

/** A link to another site (Microsoft's pages); opens in a new tab. */
export interface LinkText {
  readonly label: string;
  readonly href: string;
}

export interface OptionText {
  readonly label: string;
  readonly hint?: string;
}

type QuestionNodes<F extends AnyFlow> = {
  [K in keyof F['nodes'] as F['nodes'][K] extends { kind: 'question' } ? K : never]: F['nodes'][K];
};

type OptionIdsOf<Q> = Q extends { options: readonly (infer O)[] }
  ? O extends { id: infer I extends string }
    ? I
    : never
  : never;

export type QuestionText<Q> = {
  /** The question: the page's heading and the fieldset's legend. */
  readonly title: string;
  readonly hint?: string;
  /** Shown when Continue is pressed with nothing chosen. */
  readonly error: string;
  /** The short label in "your answers so far" and the summary. */
  readonly short: string;
  readonly options: { readonly [O in OptionIdsOf<Q>]: OptionText };
} & (Q extends { help: true }
  ? { readonly help: { readonly summary: string; readonly body: readonly Block[] } }
  : unknown);

export interface FindingText {
  readonly title: string;
  /** What is wrong, in one or two sentences. */
  readonly problem: string;
  /** The fix, as numbered steps. */
  readonly steps: readonly Block[];
  /** How to check that it worked. */
  readonly verify?: string;
  readonly links?: readonly LinkText[];
}

export interface FlowLocale<F extends AnyFlow> {
  readonly meta: {
    readonly title: string;
    /** One sentence for the list of troubleshooters. */
    readonly description: string;
  };
  readonly start: {
    readonly intro: string;
    readonly symptoms: readonly string[];
    readonly needs: readonly string[];
    /** How long it takes ("about 3 minutes"). */
    readonly duration: string;
  };
  readonly questions: { readonly [Q in keyof QuestionNodes<F>]: QuestionText<QuestionNodes<F>[Q]> };
  /** Notes several findings share (a dated announcement, a retry limit), written once. */
  readonly notes: { readonly [N in NoteIdOf<F>]: string };
  readonly findings: { readonly [Id in FindingIdOf<F>]: FindingText };
  /** The summary's words that depend on the problem. */
  readonly summary: { readonly escalationHeading: string };
  /** Shown on the summary when no cause was found on the path. */
  readonly noCause: { readonly title: string; readonly body: string };
  /** The page for "No, this did not solve it". */
  readonly moreHelp: { readonly intro: string; readonly steps: readonly Block[]; readonly links: readonly LinkText[] };
  /** The page after "Yes, this solved it": how to avoid the problem next time. */
  readonly done: { readonly body: string };
}

/** Compiles only when `T` has every key of `FlowLocale<F>`; use it in a type alias. */
export type ConformsTo<Shape, T extends Shape> = T;
