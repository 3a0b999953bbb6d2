import type { AnyFlow, FindingKind } from './types.ts';

/** The notes that these findings' own texts already say (`covers`). */
export function coveredNotes(flow: AnyFlow, findings: readonly string[]): string[] {
  return findings.flatMap((id) => [...((flow.findings[id]?.covers ?? []) as readonly string[])]);
}

/** One finding as the summary shows it, with the shared notes shown under it. */
export interface PlannedFinding {
  readonly id: string;
  /** Notes shown with this finding: each note once per summary, with the first finding that has it. */
  readonly notes: readonly string[];
}

/** What the summary shows, in order. */
export interface SummaryPlan {
  /** The most likely cause: the weightiest cause recorded, if any. */
  readonly lead: PlannedFinding | undefined;
  /** The other causes, then the things to check. */
  readonly also: readonly PlannedFinding[];
  /** Who can help, only where the path recorded it. */
  readonly escalation: readonly PlannedFinding[];
}

/**
 * Orders the findings of a walk for the summary. Weight is the order of the
 * flow's `findings`: the first cause in that order leads, the other causes
 * and the checks follow as "also check", escalation comes last. A note shared
 * by several findings is shown once, under the first of them on the page.
 */
export function planSummary(flow: AnyFlow, findings: readonly string[]): SummaryPlan {
  const weight = Object.keys(flow.findings);
  const kindOf = (id: string): FindingKind | undefined => flow.findings[id]?.kind;
  const known = [...new Set(findings)]
    .filter((id) => kindOf(id) !== undefined)
    .sort((a, b) => weight.indexOf(a) - weight.indexOf(b));
  const causes = known.filter((id) => kindOf(id) === 'cause');
  const checks = known.filter((id) => kindOf(id) === 'check');
  const escalation = known.filter((id) => kindOf(id) === 'escalation');

  // A note that a finding on the page already says in its own words is not repeated.
  const shown = new Set<string>(coveredNotes(flow, known));
  const plan = (id: string): PlannedFinding => {
    const notes = (flow.findings[id]?.notes ?? []).filter((note: string) => !shown.has(note));
    for (const note of notes) shown.add(note);
    return { id, notes };
  };
  const [first, ...otherCauses] = causes;
  const lead = first === undefined ? undefined : plan(first);
  return {
    lead,
    also: [...otherCauses, ...checks].map(plan),
    escalation: escalation.map(plan),
  };
}
