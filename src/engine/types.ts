/**
 * The shape of a flow: a typed decision tree. Routing only; every word the
 * user sees lives in the locale files, keyed by the ids defined here.
 */

/** What a finding is, which decides where the summary shows it. */
export type FindingKind =
  /** A diagnosed cause with its remedy. */
  | 'cause'
  /** Something the person could not answer: how to find out, then the fix. */
  | 'check'
  /** Who can help now (a colleague, the organisation's support desk). */
  | 'escalation';

/**
 * A way into another troubleshooter that fits the reader better (an
 * administrator's flow sending a regular user to the user's flow), carrying
 * the answers that mean the same thing there: same question id, same option ids.
 */
export interface Handoff {
  /** The other flow's id. */
  readonly flow: string;
  /** The step of the other flow the link opens (a public step id). */
  readonly step: string;
  /** This flow's questions whose answers the other flow asks too. */
  readonly carry: readonly string[];
}

export interface FindingDef<NoteId extends string = string> {
  readonly kind: FindingKind;
  /** The summary offers to continue in another troubleshooter, with these answers. */
  readonly handoff?: Handoff;
  /**
   * Shared notes shown with this finding (a dated announcement, a retry
   * limit): written once in the locale's `notes`, shown wherever they apply.
   */
  readonly notes?: readonly NoteId[];
  /**
   * Shared notes this finding's own text already says (the retirement itself
   * covers the retirement note): where it is shown, those notes are left out.
   */
  readonly covers?: readonly NoteId[];
}

/**
 * A next step chosen by an earlier answer. Kept as data (not a function) so
 * that `validate` can see every possible target without running anything.
 */
export interface BranchRule<NodeId extends string, DateId extends string = string> {
  readonly question: NodeId;
  readonly anyOf: readonly string[];
  /**
   * The rule holds only on and after this date of the flow's `dates` (a
   * change announced for a day, such as a retired delivery method).
   */
  readonly since?: DateId;
  readonly goto: NodeId;
}

export interface Branch<NodeId extends string, DateId extends string = string> {
  readonly when: readonly BranchRule<NodeId, DateId>[];
  readonly otherwise: NodeId;
}

export type Next<NodeId extends string, DateId extends string = string> = NodeId | Branch<NodeId, DateId>;

export interface OptionDef<NodeId extends string, FindingId extends string, DateId extends string = string> {
  readonly id: string;
  readonly next: Next<NodeId, DateId>;
  /** Findings recorded when this option is chosen. */
  readonly findings?: readonly FindingId[];
  /** The "I'm not sure" kind of option: the UI shows it apart, with a hint. */
  readonly notSure?: true;
}

export interface QuestionNode<NodeId extends string, FindingId extends string, DateId extends string = string> {
  readonly kind: 'question';
  readonly options: readonly OptionDef<NodeId, FindingId, DateId>[];
  /** Whether the locale has a longer "how to find out" text for this question. */
  readonly help?: true;
  /**
   * Findings recorded when a walk passes this question over unanswered (a
   * link made before a date that added the question): what the reader should
   * check because nobody has answered it.
   */
  readonly whenSkipped?: readonly FindingId[];
}

/** The end of a path: the summary of the findings gathered on the way. */
export interface TerminalNode {
  readonly kind: 'terminal';
}

export type NodeDef<NodeId extends string, FindingId extends string, DateId extends string = string> =
  | QuestionNode<NodeId, FindingId, DateId>
  | TerminalNode;

export interface Flow<
  NodeId extends string = string,
  FindingId extends string = string,
  Nodes extends { readonly [K in NodeId]: NodeDef<NodeId, FindingId> } = {
    readonly [K in NodeId]: NodeDef<NodeId, FindingId>;
  },
> {
  /** Public id used in URLs and as the locale namespace. */
  readonly id: string;
  readonly start: NodeId;
  readonly findings: { readonly [F in FindingId]: FindingDef };
  readonly nodes: Nodes;
  /**
   * Days on which the advice changes, as ISO dates (`2027-02-01`), named so
   * that branches (`since`) and texts refer to them. Data, not code: the tree
   * can be checked and counted on either side of each date.
   */
  readonly dates?: { readonly [name: string]: string };
  /** Ids of the shared notes findings can show (their text is in the locale's `notes`). */
  readonly notes?: readonly string[];
  /**
   * Old step ids that still work: a renamed step keeps its old id here, so
   * links support staff sent years ago redirect to the new step.
   */
  readonly aliases?: { readonly [oldId: string]: NodeId };
}

/** Any flow, whatever its ids: what the engine functions accept. */
// biome-ignore lint/suspicious/noExplicitAny: the widest flow type, used only as a constraint
export type AnyFlow = Flow<string, string, any>;

export type NodeIdOf<F extends AnyFlow> = Extract<keyof F['nodes'], string>;
export type FindingIdOf<F extends AnyFlow> = Extract<keyof F['findings'], string>;
export type NoteIdOf<F extends AnyFlow> =
  NonNullable<F['notes']> extends readonly (infer N extends string)[] ? N : never;

/** One answer: the question's id and the chosen option's id. */
export interface Answer {
  readonly question: string;
  readonly option: string;
}
