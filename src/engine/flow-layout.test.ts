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

describe('layoutFlow: where things go', () => {
  const question = (...options: [string, string][]) => ({
    kind: 'question' as const,
    options: options.map(([id, next]) => ({ id, next })),
  });
  const flowOf = (id: string, start: string, nodes: AnyFlow['nodes']): AnyFlow => ({
    id,
    start,
    findings: {},
    nodes: { ...nodes, summary: { kind: 'terminal' } },
  });
  const centre = (node: FlowLayout['nodes'][number] | undefined) => (node?.x ?? Number.NaN) + LAYOUT.nodeWidth / 2;
  const byId = (layout: FlowLayout) => new Map(layout.nodes.map((node) => [node.id, node]));

  it('centres a question over its two branches, packed a box gap apart, and the picture in its margins', () => {
    // top ─┬─ a ── left ──┐
    //      └─ b ── right ─┴── summary
    const flow = flowOf('fork', 'top', {
      top: question(['a', 'left'], ['b', 'right']),
      left: question(['go', 'summary']),
      right: question(['go', 'summary']),
    });
    const layout = layoutFlow(flow);
    const at = byId(layout);
    expect(centre(at.get('right')) - centre(at.get('left'))).toBe(LAYOUT.nodeWidth + LAYOUT.nodeGap);
    expect(centre(at.get('top'))).toBe((centre(at.get('left')) + centre(at.get('right'))) / 2);
    expect(centre(at.get('summary'))).toBe(centre(at.get('top')));
    expect(at.get('left')?.x).toBe(LAYOUT.margin);
    expect(layout.width).toBe(2 * LAYOUT.margin + 2 * LAYOUT.nodeWidth + LAYOUT.nodeGap);
    expect(layout.height).toBe(2 * LAYOUT.margin + 3 * LAYOUT.nodeHeight + 2 * LAYOUT.layerGap);
    // Two edges leave `top`: at a third and two thirds of its bottom, towards where they go.
    const top = at.get('top');
    expect(layout.edges.filter((edge) => edge.from === 'top').map((edge) => [edge.to, edge.points[0]])).toEqual([
      ['left', { x: Math.round((top?.x ?? 0) + LAYOUT.nodeWidth / 3), y: (top?.y ?? 0) + LAYOUT.nodeHeight }],
      ['right', { x: Math.round((top?.x ?? 0) + (2 * LAYOUT.nodeWidth) / 3), y: (top?.y ?? 0) + LAYOUT.nodeHeight }],
    ]);
    // One edge enters each branch: in the middle of its top.
    for (const edge of layout.edges.filter((edge) => edge.from === 'top'))
      expect(edge.points.at(-1)).toEqual({ x: centre(at.get(edge.to)), y: at.get(edge.to)?.y });
  });

  it('puts a chain’s boxes in one column', () => {
    const layout = layoutFlow(
      flowOf('chain', 'one', {
        one: question(['go', 'two']),
        two: question(['go', 'three']),
        three: question(['go', 'summary']),
      }),
    );
    expect(layout.nodes.map((node) => [node.id, node.x, node.layer])).toEqual([
      ['one', LAYOUT.margin, 0],
      ['two', LAYOUT.margin, 1],
      ['three', LAYOUT.margin, 2],
      ['summary', LAYOUT.margin, 3],
    ]);
    expect(layout.width).toBe(2 * LAYOUT.margin + LAYOUT.nodeWidth);
    for (const edge of layout.edges)
      expect(edge.points.map((point) => point.x)).toEqual([centre(layout.nodes[0]), centre(layout.nodes[0])]);
  });

  it('passes edges that jump a layer through slots an edge gap apart, a box gap beside a box, spread over the ports', () => {
    // q1 ─┬─ x ── q2 ── q3 ── summary
    //     ├─ y ─────────┘
    //     └─ z ─────────┘
    const layout = layoutFlow(
      flowOf('slots', 'q1', {
        q1: question(['x', 'q2'], ['y', 'q3'], ['z', 'q3']),
        q2: question(['go', 'q3']),
        q3: question(['go', 'summary']),
      }),
    );
    const at = byId(layout);
    const through = (option: string) => layout.edges.find((edge) => edge.from === 'q1' && edge.option === option);
    const y = through('y');
    const z = through('z');
    expect(y?.points).toHaveLength(4);
    expect(z?.points).toHaveLength(4);
    // Straight down through the layer, then on.
    expect(y?.points[1]?.x).toBe(y?.points[2]?.x);
    expect(y?.points[1]?.y).toBe(at.get('q2')?.y);
    expect(y?.points[2]?.y).toBe((at.get('q2')?.y ?? 0) + LAYOUT.nodeHeight);
    const slots = [y?.points[1]?.x ?? 0, z?.points[1]?.x ?? 0].sort((a, b) => a - b);
    expect((slots[1] ?? 0) - (slots[0] ?? 0)).toBe(LAYOUT.edgeGap);
    expect(centre(at.get('q2')) - (slots[1] ?? 0)).toBe(LAYOUT.nodeWidth / 2 + LAYOUT.nodeGap);
    // Three edges leave q1 and three enter q3: at quarters of the box, in the order of where they go (come from).
    const q1 = at.get('q1')?.x ?? 0;
    const q3 = at.get('q3')?.x ?? 0;
    const quarters = (x: number) => [1, 2, 3].map((k) => Math.round(x + (k * LAYOUT.nodeWidth) / 4));
    const starts = ['y', 'z', 'x'].map((option) => through(option)?.points[0]?.x);
    expect(starts).toEqual(quarters(q1));
    const ends = [y, z, layout.edges.find((edge) => edge.from === 'q2')].map((edge) => edge?.points.at(-1)?.x);
    expect(ends).toEqual(quarters(q3));
  });

  it('orders a layer to avoid crossings where the definition order would cross', () => {
    // q0 ─┬─ a ── A ── Y ──┐
    //     └─ b ── B ── X ──┴── summary   (X is defined before Y)
    const layout = layoutFlow(
      flowOf('crossing', 'q0', {
        q0: question(['a', 'A'], ['b', 'B']),
        A: question(['go', 'Y']),
        B: question(['go', 'X']),
        X: question(['go', 'summary']),
        Y: question(['go', 'summary']),
      }),
    );
    const at = byId(layout);
    expect(at.get('A')?.x).toBeLessThan(at.get('B')?.x ?? 0);
    expect(at.get('Y')?.x).toBe(at.get('A')?.x);
    expect(at.get('X')?.x).toBe(at.get('B')?.x);
    // No two edges cross between two layers.
    const spans = layout.edges.map((edge) => [edge.points[0], edge.points.at(-1)] as const);
    for (const [a0, a1] of spans)
      for (const [b0, b1] of spans)
        if (a0?.y === b0?.y && a1?.y === b1?.y)
          expect(((a0?.x ?? 0) - (b0?.x ?? 0)) * ((a1?.x ?? 0) - (b1?.x ?? 0))).toBeGreaterThanOrEqual(0);
  });

  it('draws the way back of a broken flow’s cycle straight, from the bottom of one box to the top of the other', () => {
    const layout = layoutFlow(cycleWithoutTerminal);
    const at = byId(layout);
    expect(layout.nodes.map((node) => [node.id, node.layer])).toEqual([
      ['first', 0],
      ['second', 1],
    ]);
    const back = layout.edges.find((edge) => edge.from === 'second');
    expect(back?.points).toEqual([
      { x: centre(at.get('second')), y: (at.get('second')?.y ?? 0) + LAYOUT.nodeHeight },
      { x: centre(at.get('first')), y: at.get('first')?.y },
    ]);
  });

  it('draws a flow without nodes as an empty picture', () => {
    const layout = layoutFlow({ id: 'empty', start: 'nowhere', findings: {}, nodes: {} });
    expect(layout).toEqual({
      width: LAYOUT.margin,
      height: 2 * LAYOUT.margin + LAYOUT.nodeHeight,
      nodes: [],
      edges: [],
    });
  });

  it('pulls each box towards its neighbours: the picture of a lopsided flow, to the unit', () => {
    // top ─┬─ a ── left ───────────────────────── summary
    //      └─ b ── right ── below ── deeper ──────┘
    // Packed boxes alone would centre every layer; the rounds pull `below` and `deeper`
    // towards `right`, and the slots of left → summary lean left beside them.
    const layout = layoutFlow(
      flowOf('lopsided', 'top', {
        top: question(['a', 'left'], ['b', 'right']),
        left: question(['go', 'summary']),
        right: question(['go', 'below']),
        below: question(['go', 'deeper']),
        deeper: question(['go', 'summary']),
      }),
    );
    expect(layout.nodes.map((node) => [node.id, node.x, node.layer])).toEqual([
      ['top', 120, 0],
      ['left', 16, 1],
      ['right', 224, 1],
      ['below', 201, 2],
      ['deeper', 178, 3],
      ['summary', 120, 4],
    ]);
    expect([layout.width, layout.height]).toEqual([424, 568]);
    expect(layout.edges.map((edge) => [edge.from, edge.to, edge.points.map(({ x, y }) => [x, y])])).toEqual([
      [
        'top',
        'left',
        [
          [181, 72],
          [108, 136],
        ],
      ],
      [
        'top',
        'right',
        [
          [243, 72],
          [316, 136],
        ],
      ],
      [
        'left',
        'summary',
        [
          [108, 192],
          [131, 256],
          [131, 312],
          [154, 376],
          [154, 432],
          [181, 496],
        ],
      ],
      [
        'right',
        'below',
        [
          [316, 192],
          [293, 256],
        ],
      ],
      [
        'below',
        'deeper',
        [
          [293, 312],
          [270, 376],
        ],
      ],
      [
        'deeper',
        'summary',
        [
          [270, 432],
          [243, 496],
        ],
      ],
    ]);
  });

  it('orders and places a lattice whose branches jump layers: the picture, to the unit', () => {
    const layout = layoutFlow(latticeFlow({ questions: 9, every: 2, wideEvery: 2 }));
    expect(layout.nodes.map((node) => [node.id, node.x, node.layer])).toEqual([
      ['q-1', 73, 0],
      ['q-2', 73, 1],
      ['q-3', 95, 2],
      ['q-4', 158, 3],
      ['q-5', 237, 4],
      ['q-6', 186, 5],
      ['q-7', 257, 6],
      ['q-8', 190, 7],
      ['q-9', 249, 8],
      ['summary', 169, 9],
    ]);
  });

  it('puts every terminal in the last layer, below the last question, and a one-question flow in two layers', () => {
    // top ─┬─ a ── early-end (a second terminal: a broken flow)
    //      └─ b ── mid ── summary
    const twoEnds: AnyFlow = {
      id: 'two-ends',
      start: 'top',
      findings: {},
      nodes: {
        top: question(['a', 'early-end'], ['b', 'mid']),
        mid: question(['go', 'summary']),
        'early-end': { kind: 'terminal' },
        summary: { kind: 'terminal' },
      },
    };
    expect(layoutFlow(twoEnds).nodes.map((node) => [node.id, node.kind, node.layer])).toEqual([
      ['top', 'question', 0],
      ['mid', 'question', 1],
      ['early-end', 'terminal', 2],
      ['summary', 'terminal', 2],
    ]);
    const one = layoutFlow(flowOf('one', 'ask', { ask: question(['yes', 'summary']) }));
    expect(one.nodes.map((node) => [node.id, node.kind, node.layer])).toEqual([
      ['ask', 'question', 0],
      ['summary', 'terminal', 1],
    ]);
    expect(one.height).toBe(2 * LAYOUT.margin + 2 * LAYOUT.nodeHeight + LAYOUT.layerGap);
  });
});
