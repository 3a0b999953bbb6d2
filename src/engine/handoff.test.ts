import { describe, expect, it } from 'vitest';
import { defineFlow } from './define-flow.ts';
import { handoffAnswers, handoffProblems, handoffsOf } from './handoff.ts';

const target = defineFlow({
  id: 'target',
  start: 'symptom',
  findings: { done: { kind: 'cause' } },
  nodes: {
    symptom: {
      kind: 'question',
      options: [
        { id: 'email', next: 'summary', findings: ['done'] },
        { id: 'sms', next: 'summary', findings: ['done'] },
      ],
    },
    summary: { kind: 'terminal' },
  },
});

const source = (carry: readonly string[], step = 'symptom', flow = 'target') =>
  defineFlow({
    id: 'source',
    start: 'symptom',
    findings: { elsewhere: { kind: 'cause', handoff: { flow, step, carry } } },
    nodes: {
      symptom: {
        kind: 'question',
        options: [
          { id: 'email', next: 'role', findings: [] },
          { id: 'sms', next: 'role', findings: [] },
        ],
      },
      role: { kind: 'question', options: [{ id: 'user', next: 'summary', findings: ['elsewhere'] }] },
      summary: { kind: 'terminal' },
    },
  });

describe('handoffs', () => {
  it('carry only the named questions, in the order answered', () => {
    const [[, handoff]] = handoffsOf(source(['symptom'])) as [[string, never]];
    expect(
      handoffAnswers(handoff, [
        { question: 'symptom', option: 'sms' },
        { question: 'role', option: 'user' },
      ]),
    ).toEqual([{ question: 'symptom', option: 'sms' }]);
  });

  it('are sound when the step exists and the carried question has the same options there', () => {
    expect(handoffProblems(source(['symptom']), [target])).toEqual([]);
  });

  it.each([
    ['an unknown flow', source(['symptom'], 'symptom', 'nowhere'), 'not a flow'],
    ['an unknown step', source(['symptom'], 'missing'), 'step "missing" does not exist'],
    ['a question the other flow lacks', source(['role']), '"role", which is not a question there'],
    ['a question this flow lacks', source(['nothing']), '"nothing", which is not a question here'],
  ])('report %s', (_case, flow, message) => {
    expect(handoffProblems(flow, [target]).join('\n')).toContain(message);
  });

  it('report options the other flow does not know', () => {
    const narrow = {
      ...target,
      nodes: {
        ...target.nodes,
        symptom: { kind: 'question' as const, options: [{ id: 'email', next: 'summary' as const }] },
      },
    };
    expect(handoffProblems(source(['symptom']), [narrow]).join('\n')).toContain('lacks option(s) sms');
  });
});
