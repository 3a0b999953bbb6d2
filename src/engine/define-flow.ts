import type { FindingDef, Flow, NodeDef } from './types.ts';

/**
 * Defines a flow so that a reference to a node or a finding that does not
 * exist is a compile error. The `const` type parameters keep every id as a
 * literal type, so the locale shape can be derived from the flow as well.
 */
export function defineFlow<
  const Nodes extends { readonly [K in keyof Nodes]: NodeDef<Extract<keyof Nodes, string>, FindingId> },
  const FindingId extends string,
>(flow: {
  readonly id: string;
  readonly start: NoInfer<Extract<keyof Nodes, string>>;
  readonly findings: { readonly [F in FindingId]: FindingDef };
  readonly nodes: Nodes;
  readonly aliases?: { readonly [oldId: string]: NoInfer<Extract<keyof Nodes, string>> };
}): Flow<Extract<keyof Nodes, string>, FindingId, Nodes> {
  return flow as Flow<Extract<keyof Nodes, string>, FindingId, Nodes>;
}
