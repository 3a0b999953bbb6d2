import { describe, expect, it } from 'vitest';
import { datedFlow, soundFlow } from './fixtures.ts';
import { planSummary } from './summary-plan.ts';

describe('planSummary', () => {
  it('leads with the weightiest cause (flow order), then the other causes and checks, then escalation', () => {
    // Recorded in path order small-cause, check-colour, ask-help, red-cause; the flow lists red-cause first.
    const plan = planSummary(soundFlow, ['small-cause', 'check-colour', 'ask-help', 'red-cause']);
    expect(plan.lead?.id).toBe('red-cause');
    expect(plan.also.map(({ id }) => id)).toEqual(['small-cause', 'check-colour']);
    expect(plan.escalation.map(({ id }) => id)).toEqual(['ask-help']);
  });

  it('has no lead when only checks were recorded', () => {
    const plan = planSummary(soundFlow, ['check-colour']);
    expect(plan.lead).toBeUndefined();
    expect(plan.also.map(({ id }) => id)).toEqual(['check-colour']);
    expect(plan.escalation).toEqual([]);
  });

  it('shows each shared note once, under the first finding on the page that has it', () => {
    const plan = planSummary(datedFlow, ['early-cause', 'late-cause']);
    expect(plan.lead).toEqual({ id: 'late-cause', notes: ['announcement'] });
    expect(plan.also).toEqual([{ id: 'early-cause', notes: ['limit'] }]);
  });

  it('leaves out a note that a finding on the page already says in its own words (covers)', () => {
    const flow = {
      ...datedFlow,
      findings: { ...datedFlow.findings, 'late-cause': { ...datedFlow.findings['late-cause'], covers: ['limit'] } },
    };
    // Without the covering finding the note shows as usual.
    expect(planSummary(flow, ['early-cause']).lead).toEqual({ id: 'early-cause', notes: ['announcement', 'limit'] });
    const plan = planSummary(flow, ['early-cause', 'late-cause']);
    expect(plan.lead).toEqual({ id: 'late-cause', notes: ['announcement'] });
    expect(plan.also).toEqual([{ id: 'early-cause', notes: [] }]);
  });

  it('ignores unknown and repeated ids', () => {
    const plan = planSummary(soundFlow, ['ghost', 'red-cause', 'red-cause']);
    expect(plan.lead?.id).toBe('red-cause');
    expect(plan.also).toEqual([]);
  });
});
