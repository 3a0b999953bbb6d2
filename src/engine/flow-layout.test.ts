import { describe, expect, it } from 'vitest';
import { ssprAdmin } from '../../flows/sspr-admin/flow.ts';
import { ssprUser } from '../../flows/sspr-user/flow.ts';
import { aliasedFlow, brokenFixtures, cycleWithoutTerminal, datedFlow, latticeFlow, soundFlow } from './fixtures.ts';
import { type FlowLayout, LAYOUT, layoutFlow } from './flow-layout.ts';
import { nodeEntries, targetsOf } from './graph.ts';
import type { AnyFlow } from './types.ts';

const sound: readonly AnyFlow[] = [
  soundFlow,
  aliasedFlow,
  datedFlow,
  ssprAdmin,
  ssprUser,
  latticeFlow({ questions: 25, every: 4, wideEvery: 3 }),
];

/** Every (from, to, option) the flow has: one per option and distinct target. */
function expectedEdges(flow: AnyFlow): string[] {
  return nodeEntries(flow).flatMap(([id, node]) =>
    node.kind === 'question'
      ? node.options.flatMap((option) =>
          [...new Set(targetsOf(option.next))].filter((to) => to in flow.nodes).map((to) => `${id} ${to} ${option.id}`),
        )
      : [],
  );
}

function overlaps(a: FlowLayout['nodes'][number], b: FlowLayout['nodes'][number]): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectSoundPicture(flow: AnyFlow, layout: FlowLayout) {
  expect(layout.nodes.map((node) => node.id).sort()).toEqual(Object.keys(flow.nodes).sort());
  for (const [at, a] of layout.nodes.entries()) {
    expect(a.width).toBe(LAYOUT.nodeWidth);
    expect(a.height).toBe(LAYOUT.nodeHeight);
    expect(a.x).toBeGreaterThanOrEqual(0);
    expect(a.y).toBeGreaterThanOrEqual(0);
    expect(a.x + a.width).toBeLessThanOrEqual(layout.width);
    expect(a.y + a.height).toBeLessThanOrEqual(layout.height);
    for (const b of layout.nodes.slice(at + 1)) expect(overlaps(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
  }
  const keys = layout.edges.map((edge) => `${edge.from} ${edge.to} ${edge.option}`);
  expect(new Set(keys).size).toBe(keys.length);
  expect([...keys].sort()).toEqual(expectedEdges(flow).sort());
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  for (const edge of layout.edges) {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) throw new Error(`edge ${edge.from} → ${edge.to} has no box`);
    const first = edge.points[0];
    const last = edge.points.at(-1);
    // From the bottom of the source box to the top of the target box, always downwards.
    expect(first?.y).toBe(from.y + from.height);
    expect(first?.x).toBeGreaterThanOrEqual(from.x);
    expect(first?.x).toBeLessThanOrEqual(from.x + from.width);
    expect(last?.y).toBe(to.y);
    expect(last?.x).toBeGreaterThanOrEqual(to.x);
    expect(last?.x).toBeLessThanOrEqual(to.x + to.width);
    for (let at = 1; at < edge.points.length; at += 1)
      expect(edge.points[at]?.y).toBeGreaterThan(edge.points[at - 1]?.y ?? 0);
    // Through a layer it passes beside every box, never across one.
    for (let at = 1; at < edge.points.length - 1; at += 2) {
      const top = edge.points[at];
      const bottom = edge.points[at + 1];
      expect(bottom?.x).toBe(top?.x);
      for (const node of layout.nodes)
        if (node.y === top?.y) {
          const inside = (top?.x ?? 0) > node.x && (top?.x ?? 0) < node.x + node.width;
          expect(inside, `${edge.from} → ${edge.to} crosses ${node.id}`).toBe(false);
        }
    }
  }
  // The summary alone in the last layer; the start alone in the first.
  const last = Math.max(...layout.nodes.map((node) => node.layer));
  expect(layout.nodes.filter((node) => node.layer === last).map((node) => node.kind)).toEqual(['terminal']);
  expect(layout.nodes.filter((node) => node.layer === 0).map((node) => node.id)).toEqual([flow.start]);
  // A layer is one row.
  for (const node of layout.nodes)
    expect(node.y).toBe(LAYOUT.margin + node.layer * (LAYOUT.nodeHeight + LAYOUT.layerGap));
}

describe('layoutFlow', () => {
  it.each(sound.map((flow) => [flow.id, flow] as const))(
    '%s: no overlaps, every edge once, the summary last, edges beside the boxes',
    (_id, flow) => {
      expectSoundPicture(flow, layoutFlow(flow));
    },
  );

  it('is deterministic', () => {
    for (const flow of sound) expect(layoutFlow(flow)).toEqual(layoutFlow(flow));
  });

  it('lays the sound fixture out in five layers, without a crossing between the two details', () => {
    const layout = layoutFlow(soundFlow);
    const at = new Map(layout.nodes.map((node) => [node.id, node]));
    expect(layout.nodes.map((node) => [node.id, node.layer])).toEqual([
      ['colour', 0],
      ['size', 1],
      ['red-detail', 2],
      ['blue-detail', 2],
      ['help', 3],
      ['summary', 4],
    ]);
    expect(layout.height).toBe(2 * LAYOUT.margin + 5 * LAYOUT.nodeHeight + 4 * LAYOUT.layerGap);
    // The detail boxes side by side, in definition order.
    expect(at.get('red-detail')?.x ?? 0).toBeLessThan(at.get('blue-detail')?.x ?? 0);
    // `small` jumps a layer: through one slot in layer 2.
    const small = layout.edges.find((edge) => edge.option === 'small');
    expect(small?.points).toHaveLength(4);
  });

  it('gives parallel edges (several options to one step) their own ports', () => {
    for (const flow of sound) {
      const layout = layoutFlow(flow);
      const starts = layout.edges.map((edge) => `${edge.from} ${edge.points[0]?.x}`);
      expect(new Set(starts).size).toBe(starts.length);
      const ends = layout.edges.map((edge) => `${edge.to} ${edge.points.at(-1)?.x}`);
      expect(new Set(ends).size).toBe(ends.length);
    }
  });

  it('draws broken flows without hanging or overlapping', () => {
    for (const flow of [cycleWithoutTerminal, ...brokenFixtures.map((fixture) => fixture.flow)]) {
      const layout = layoutFlow(flow);
      expect(layout.nodes.map((node) => node.id).sort()).toEqual(Object.keys(flow.nodes).sort());
      for (const [at, a] of layout.nodes.entries())
        for (const b of layout.nodes.slice(at + 1)) expect(overlaps(a, b)).toBe(false);
      for (const edge of layout.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('lays out a large flow quickly', () => {
    const flow = latticeFlow({ questions: 120 });
    const started = performance.now();
    const layout = layoutFlow(flow);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(layout.nodes).toHaveLength(121);
  });
});
