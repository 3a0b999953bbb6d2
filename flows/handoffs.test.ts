import { describe, expect, it } from 'vitest';
import { loadFlowsFromDisk } from '../scripts/flows-on-disk.ts';
import { handoffAnswers, handoffProblems, handoffsOf } from '../src/engine/handoff.ts';
import { walk } from '../src/engine/walk.ts';

/**
 * Handoffs between flows (a finding that opens another troubleshooter) point
 * at a real step, and every answer they carry is one the other flow knows.
 */
const flows = await loadFlowsFromDisk();

describe.each(flows.map((flow) => [flow.id, flow] as const))('handoffs of %s', (_id, flow) => {
  it('point at existing flows and steps, carrying questions both flows ask with the same options', () => {
    expect(handoffProblems(flow, flows)).toEqual([]);
  });

  it.each(handoffsOf(flow))('"%s": every carried answer is kept by the other flow', (_finding, handoff) => {
    const target = flows.find((candidate) => candidate.id === handoff.flow);
    if (!target) throw new Error(`no flow ${handoff.flow}`);
    for (const question of handoff.carry) {
      const node = flow.nodes[question] as { options: readonly { id: string }[] };
      for (const { id: option } of node.options) {
        const carried = handoffAnswers(handoff, [{ question, option }]);
        const there = walk(target, carried, { today: '2026-11-26' });
        expect(there.ignored, `${question}=${option} in ${target.id}`).toEqual([]);
        expect(there.answers).toEqual(carried);
        // The link opens the step it names, not one the answers skip past.
        expect(there.path, `${question}=${option} in ${target.id}`).toContain(handoff.step);
      }
    }
  });
});
