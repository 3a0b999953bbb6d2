import type { PlannedFinding } from '../engine/summary-plan.ts';
import type { AnyFlow, FindingKind } from '../engine/types.ts';

/** The article's groups, in the order it shows them (the summary's order: causes, checks, who can help). */
export const ARTICLE_KINDS: readonly FindingKind[] = ['cause', 'check', 'escalation'];

/** One group of the article: every finding of a kind, in order, each with the notes shown under it. */
export interface ArticleGroup {
  readonly kind: FindingKind;
  readonly findings: readonly PlannedFinding[];
}

/**
 * Every finding of a flow for the whole-article page, grouped by kind
 * (causes, checks, escalation; an empty group is left out).
 *
 * Within a group, findings follow `stepOrder` when given (question ids in
 * path order: `flowMap(flow).steps`): a finding comes where an option of
 * those steps first records it. Findings no listed step records, or all of
 * them without `stepOrder`, follow the flow's `findings` order (weight).
 *
 * A note shared by several findings is shown once, under the first of them
 * on the page, as on the summary.
 */
export function planArticle(flow: AnyFlow, stepOrder: readonly string[] = []): ArticleGroup[] {
  const weight = Object.keys(flow.findings);
  const ordered = [...new Set([...recordedIn(flow, stepOrder), ...weight])].filter((id) => weight.includes(id));
  // `covers` does not apply here: the article has every finding, and a reader who follows a link to
  // one of them (the map and link reader link to #finding-…) must still meet its dated note.
  const shown = new Set<string>();
  return ARTICLE_KINDS.flatMap((kind) => {
    const findings = ordered
      .filter((id) => flow.findings[id]?.kind === kind)
      .map((id): PlannedFinding => {
        const notes = ((flow.findings[id]?.notes ?? []) as readonly string[]).filter((note) => !shown.has(note));
        for (const note of notes) shown.add(note);
        return { id, notes };
      });
    return findings.length > 0 ? [{ kind, findings }] : [];
  });
}

/** The findings the options of these steps record, in step and option order. */
function recordedIn(flow: AnyFlow, stepOrder: readonly string[]): string[] {
  const nodes = flow.nodes as Readonly<
    Record<string, { kind: string; options?: readonly { findings?: readonly string[] }[] } | undefined>
  >;
  return stepOrder.flatMap((step) => {
    const node = Object.hasOwn(nodes, step) ? nodes[step] : undefined;
    return node?.kind === 'question' ? (node.options ?? []).flatMap((option) => option.findings ?? []) : [];
  });
}
