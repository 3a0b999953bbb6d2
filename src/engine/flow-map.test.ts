import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { ssprUser } from '../../flows/sspr-user/flow.ts';
import { aliasedFlow, brokenFixtures, cycleWithoutTerminal, datedFlow, latticeFlow, soundFlow } from './fixtures.ts';
import { answersTo, flowMap, pathOrder } from './flow-map.ts';
import { nodeEntries, targetsOf } from './graph.ts';
import { eras } from './paths.ts';
import type { AnyFlow } from './types.ts';
import { walk } from './walk.ts';

const BEFORE = { today: '2026-01-01' };
const AFTER = { today: '2031-01-01' };
const realFlows: readonly AnyFlow[] = [ssprAdmin, ssprUser];
const sound: readonly AnyFlow[] = [soundFlow, aliasedFlow, datedFlow, ...realFlows, latticeFlow({ questions: 30 })];

describe('flowMap', () => {
  it('lists the sound fixture in path order with depths, targets, findings and not-sure options', () => {
    const { steps } = flowMap(soundFlow);
    expect(steps.map((step) => [step.id, step.kind, step.depth])).toEqual([
      ['colour', 'question', 0],
      ['size', 'question', 1],
      ['red-detail', 'question', 2],
      ['blue-detail', 'question', 2],
      ['help', 'question', 3],
      ['summary', 'terminal', 4],
    ]);
    expect(steps[0]?.options).toEqual([
      { id: 'red', targets: [{ step: 'size' }], findings: ['red-cause'], notSure: false },
      { id: 'blue', targets: [{ step: 'size' }], findings: ['blue-cause'], notSure: false },
      { id: 'not-sure', targets: [{ step: 'size' }], findings: ['check-colour'], notSure: true },
    ]);
    expect(steps[1]?.options[0]).toEqual({
      id: 'big',
      targets: [
        { step: 'red-detail', when: { question: 'colour', anyOf: ['red'] } },
        { step: 'blue-detail', otherwise: true },
      ],
      findings: [],
      notSure: false,
    });
    // No `since` key at all on an undated rule (the page tests `'since' in when`-free).
    expect(Object.keys(steps[1]?.options[0]?.targets[0]?.when ?? {})).toEqual(['question', 'anyOf']);
    expect(steps.at(-1)).toEqual({ id: 'summary', kind: 'terminal', depth: 4, options: [], aliases: [] });
  });

  it('keeps the date of a dated rule and lists aliases under the step they point to', () => {
    const dated = flowMap(datedFlow).steps.find((step) => step.id === 'ask');
    expect(dated?.options[0]?.targets).toEqual([
      { step: 'extra', when: { question: 'ask', anyOf: ['yes'], since: 'launch' } },
      { step: 'summary', otherwise: true },
    ]);
    expect(flowMap(aliasedFlow).steps.map((step) => [step.id, step.aliases])).toEqual([
      ['new-ask', ['old-ask']],
      ['summary', []],
    ]);
    const admin = flowMap(ssprAdmin).steps;
    expect(admin.find((step) => step.id === 'mobile-registered')?.aliases).toEqual([
      'country-code',
      'number-format',
      'japanese-number',
    ]);
    // Every alias under exactly one step.
    expect(admin.flatMap((step) => step.aliases).sort()).toEqual(Object.keys(ssprAdmin.aliases ?? {}).sort());
  });

  it.each(sound.map((flow) => [flow.id, flow] as const))(
    '%s: every node and option, in a topological order',
    (_id, flow) => {
      const { steps } = flowMap(flow);
      const nodes = nodeEntries(flow);
      expect(steps.map((step) => step.id).sort()).toEqual(nodes.map(([id]) => id).sort());
      expect(steps[0]?.id).toBe(flow.start);
      expect(steps.at(-1)?.kind).toBe('terminal');
      const index = new Map(steps.map((step, at) => [step.id, at]));
      for (const [id, node] of nodes) {
        const step = steps[index.get(id) ?? -1];
        if (node.kind !== 'question') continue;
        expect(step?.options.map((option) => option.id)).toEqual(node.options.map((option) => option.id));
        node.options.forEach((option, at) => {
          const mapped = step?.options[at];
          expect(mapped?.targets.map((target) => target.step)).toEqual(targetsOf(option.next));
          expect(mapped?.findings).toEqual(option.findings ?? []);
          for (const target of targetsOf(option.next)) {
            // Each target after its question, one layer deeper at least.
            expect(index.get(target) ?? -1).toBeGreaterThan(index.get(id) ?? 0);
            expect(steps[index.get(target) ?? 0]?.depth).toBeGreaterThan(step?.depth ?? 0);
          }
        });
      }
      // The summary is deeper than every question.
      const summaryDepth = steps.at(-1)?.depth ?? 0;
      for (const step of steps.slice(0, -1)) expect(step.depth).toBeLessThan(summaryDepth);
    },
  );

  it('keeps definition order where it is a path order (the real flows are written in path order)', () => {
    for (const flow of realFlows) expect(pathOrder(flow).order).toEqual(Object.keys(flow.nodes));
  });

  it('lists the steps of broken flows without hanging: unreachable ones last, cycles placed anyway', () => {
    for (const { flow } of brokenFixtures) {
      const { steps } = flowMap(flow);
      expect(steps.map((step) => step.id).sort()).toEqual(Object.keys(flow.nodes).sort());
    }
    const unreachable = brokenFixtures.find((fixture) => fixture.code === 'unreachable-node')?.flow as AnyFlow;
    expect(flowMap(unreachable).steps.at(-1)?.id).toBe('orphan');
    expect(flowMap(cycleWithoutTerminal).steps.map((step) => step.id)).toEqual(['first', 'second']);
  });
});

describe('answersTo', () => {
  it('gives the shortest answers to each step, first in option order', () => {
    expect(answersTo(soundFlow, 'colour', BEFORE)).toEqual([]);
    expect(answersTo(soundFlow, 'size', BEFORE)).toEqual([{ question: 'colour', option: 'red' }]);
    expect(answersTo(soundFlow, 'red-detail', BEFORE)).toEqual([
      { question: 'colour', option: 'red' },
      { question: 'size', option: 'big' },
    ]);
    // Only blue (or not sure) leads there: the branch reads the colour.
    expect(answersTo(soundFlow, 'blue-detail', BEFORE)).toEqual([
      { question: 'colour', option: 'blue' },
      { question: 'size', option: 'big' },
    ]);
    expect(answersTo(soundFlow, 'help', BEFORE)).toEqual([
      { question: 'colour', option: 'red' },
      { question: 'size', option: 'small' },
    ]);
    expect(answersTo(soundFlow, 'summary', BEFORE)).toEqual([
      { question: 'colour', option: 'red' },
      { question: 'size', option: 'small' },
      { question: 'help', option: 'yes' },
    ]);
  });

  it('follows an alias, and knows nothing of unknown steps', () => {
    expect(answersTo(aliasedFlow, 'old-ask', BEFORE)).toEqual([]);
    expect(answersTo(ssprAdmin, 'country-code', BEFORE)).toEqual(answersTo(ssprAdmin, 'mobile-registered', BEFORE));
    expect(answersTo(soundFlow, 'nowhere', BEFORE)).toBeUndefined();
    expect(answersTo(soundFlow, 'done', BEFORE)).toBeUndefined();
    expect(answersTo(soundFlow, '', BEFORE)).toBeUndefined();
  });

  it('decides dated branches on the day given', () => {
    expect(answersTo(datedFlow, 'extra', BEFORE)).toBeUndefined();
    expect(answersTo(datedFlow, 'extra', AFTER)).toEqual([{ question: 'ask', option: 'yes' }]);
    expect(answersTo(ssprAdmin, 'text-delivery', { today: '2027-01-31' })).toBeUndefined();
    expect(answersTo(ssprAdmin, 'telecom-provider', { today: '2027-06-30' })).toBeUndefined();
    expect(answersTo(ssprAdmin, 'telecom-provider', { today: '2027-07-01' })).toEqual([
      { question: 'symptom', option: 'sms' },
      { question: 'account-type', option: 'yes' },
    ]);
  });

  it.each(sound.map((flow) => [flow.id, flow] as const))(
    '%s: walking the witness of every step, in every era, stops at that step',
    (_id, flow) => {
      const found = new Set<string>();
      for (const era of eras(flow)) {
        const context = { today: era.today };
        for (const id of Object.keys(flow.nodes)) {
          const witness = answersTo(flow, id, context);
          if (!witness) continue;
          found.add(id);
          const result = walk(flow, witness, context);
          expect(result.current).toBe(id);
          expect(result.answers).toEqual(witness);
          expect(result.ignored).toEqual([]);
          expect(result.skipped).toEqual([]);
        }
      }
      // Every step has one on some day (a step asked only from a date on, only from then).
      expect([...found].sort()).toEqual(Object.keys(flow.nodes).sort());
    },
  );

  it('does not hang on a flow with a cycle', () => {
    expect(answersTo(cycleWithoutTerminal, 'second', BEFORE)).toEqual([{ question: 'first', option: 'on' }]);
    const cycle = brokenFixtures.find((fixture) => fixture.code === 'cycle')?.flow as AnyFlow;
    expect(answersTo(cycle, 'summary', BEFORE)).toBeDefined();
  });
});
