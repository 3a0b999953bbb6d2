import type { FindingDef, Flow, NodeDef } from './types.ts';

/**
 * Defines a flow so that a reference to a node, finding, date or note that
 * does not exist is a compile error. The `const` type parameters keep every
 * id as a literal type, so the locale shape can be derived from the flow too.
 */
export function defineFlow<
  const Nodes extends { readonly [K in keyof Nodes]: NodeDef<Extract<keyof Nodes, string>, FindingId, DateId> },
  const FindingId extends string,
  const DateId extends string = never,
  const NoteId extends string = never,
>(flow: {
  readonly id: string;
  readonly start: NoInfer<Extract<keyof Nodes, string>>;
  readonly findings: { readonly [F in FindingId]: FindingDef<NoInfer<NoteId>> };
  readonly nodes: Nodes;
  readonly dates?: { readonly [D in DateId]: string };
  readonly notes?: readonly NoteId[];
  readonly aliases?: { readonly [oldId: string]: NoInfer<Extract<keyof Nodes, string>> };
}): DefinedFlow<Extract<keyof Nodes, string>, FindingId, Nodes, DateId, NoteId> {
  // Dates and notes are always there on a defined flow (empty when none), so
  // `flow.dates['typo']` is a compile error rather than a silent undefined.
  return { ...flow, dates: flow.dates ?? {}, notes: flow.notes ?? [] } as DefinedFlow<
    Extract<keyof Nodes, string>,
    FindingId,
    Nodes,
    DateId,
    NoteId
  >;
}

/** A flow as `defineFlow` returns it: its dates and notes typed by their names. */
export type DefinedFlow<
  NodeId extends string,
  FindingId extends string,
  Nodes extends { readonly [K in NodeId]: NodeDef<NodeId, FindingId> },
  DateId extends string,
  NoteId extends string,
> = Omit<Flow<NodeId, FindingId, Nodes>, 'dates' | 'notes'> & {
  readonly dates: { readonly [D in DateId]: string };
  readonly notes: readonly NoteId[];
};
