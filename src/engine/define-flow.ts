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
}): Flow<Extract<keyof Nodes, string>, FindingId, Nodes> & { readonly notes?: readonly NoteId[] } {
  return flow as Flow<Extract<keyof Nodes, string>, FindingId, Nodes> & { readonly notes?: readonly NoteId[] };
}
