import { pathOrder } from './flow-map.ts';
import { nodeOf, targetsOf } from './graph.ts';
import type { AnyFlow } from './types.ts';

/**
 * A picture of a flow's tree, computed at build time (no layout library at
 * run time): a simple layered (Sugiyama) layout from top to bottom.
 *
 * 1. Layers: a step's layer is its longest distance from the start
 *    (`pathOrder`); the summary alone in the last layer.
 * 2. An edge that spans several layers passes through one small dummy slot
 *    per layer between, so it never crosses a box.
 * 3. Order within a layer: path order, then barycentre sweeps down and up,
 *    keeping the order with the fewest crossings.
 * 4. Positions: each item as near as it can be to the mean of its
 *    neighbours, keeping its order and a gap (an isotonic regression per
 *    layer, a few rounds).
 * 5. Edges: polylines from the bottom of the source box (ports spread along
 *    it) through the layer gaps and the dummy slots to the top of the target.
 *
 * Deterministic: the same flow always gives the same picture. Labels are the
 * page's business: every box has the same size.
 */

export interface LayoutNode {
  readonly id: string;
  readonly kind: 'question' | 'terminal';
  /** The box's top-left corner. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** The layer (0 at the top). */
  readonly layer: number;
}

export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

export interface LayoutEdge {
  readonly from: string;
  readonly to: string;
  /** The option of `from` that leads to `to` (one edge per option and target, however many rules pick it). */
  readonly option: string;
  /** From the bottom edge of `from`'s box to the top edge of `to`'s box. */
  readonly points: readonly LayoutPoint[];
}

export interface FlowLayout {
  readonly width: number;
  readonly height: number;
  /** In path order. */
  readonly nodes: readonly LayoutNode[];
  /** In path order of `from`, then option order, then target order. */
  readonly edges: readonly LayoutEdge[];
}

/** The fixed sizes of the picture, in SVG user units. */
export const LAYOUT = {
  nodeWidth: 184,
  nodeHeight: 56,
  /** Vertical space between layers, where edges bend. */
  layerGap: 64,
  /** Horizontal space between two boxes (or a box and an edge's slot). */
  nodeGap: 24,
  /** Horizontal space between two edges passing through a layer. */
  edgeGap: 10,
  margin: 16,
} as const;

const SWEEPS = 4;
const ROUNDS = 6;

/** A box or an edge's slot in a layer. */
interface Item {
  readonly key: string;
  readonly layer: number;
  readonly width: number;
  /** The node's id; undefined for a slot. */
  readonly node?: string;
  /** The item order starts from (path order; slots after their edge's source). */
  readonly rank: number;
  up: Item[];
  down: Item[];
  x: number;
}

interface RawEdge {
  readonly from: string;
  readonly to: string;
  readonly option: string;
  /** The items the edge passes through, source and target included (forward edges only). */
  chain: Item[];
}

/** Crossings between two neighbouring layers, given each item's index in its layer. */
function crossingsBetween(upper: readonly Item[], index: ReadonlyMap<Item, number>): number {
  const segments: [number, number][] = [];
  for (const item of upper) for (const below of item.down) segments.push([index.get(item) ?? 0, index.get(below) ?? 0]);
  let count = 0;
  for (let a = 0; a < segments.length; a += 1)
    for (let b = a + 1; b < segments.length; b += 1) {
      const [ua, la] = segments[a] as [number, number];
      const [ub, lb] = segments[b] as [number, number];
      if ((ua - ub) * (la - lb) < 0) count += 1;
    }
  return count;
}

function indexOf(layers: readonly Item[][]): Map<Item, number> {
  const index = new Map<Item, number>();
  for (const layer of layers)
    layer.forEach((item, at) => {
      index.set(item, at);
    });
  return index;
}

function totalCrossings(layers: readonly Item[][]): number {
  const index = indexOf(layers);
  let count = 0;
  for (const layer of layers.slice(0, -1)) count += crossingsBetween(layer, index);
  return count;
}

/** Orders a layer by the mean index of its neighbours in the layer next to it (ties and loners keep their place). */
function reorder(layer: Item[], neighbours: (item: Item) => readonly Item[], index: ReadonlyMap<Item, number>) {
  const keyed = layer.map((item, at) => {
    const near = neighbours(item);
    const centre = near.length === 0 ? at : near.reduce((sum, other) => sum + (index.get(other) ?? 0), 0) / near.length;
    return { item, centre, at };
  });
  // Loners keep their index as their centre, so they stay about where they are.
  keyed.sort((a, b) => a.centre - b.centre || a.at - b.at);
  layer.splice(0, layer.length, ...keyed.map(({ item }) => item));
}

/** The smallest distance between the centres of two neighbouring items. */
function separation(left: Item, right: Item): number {
  const gap = left.node === undefined && right.node === undefined ? LAYOUT.edgeGap : LAYOUT.nodeGap;
  return left.width / 2 + right.width / 2 + gap;
}

/**
 * Centres for a layer's items, in order, as near as possible (least squares)
 * to `wanted` while keeping each at least `separation` from the one before:
 * isotonic regression (pool adjacent violators) on the wanted centres less
 * the cumulative separation.
 */
function place(layer: readonly Item[], wanted: readonly number[]): number[] {
  const offsets: number[] = [];
  let offset = 0;
  layer.forEach((item, at) => {
    if (at > 0) offset += separation(layer[at - 1] as Item, item);
    offsets.push(offset);
  });
  const blocks: { sum: number; count: number }[] = [];
  wanted.forEach((value, at) => {
    blocks.push({ sum: value - (offsets[at] as number), count: 1 });
    while (blocks.length > 1) {
      const last = blocks[blocks.length - 1] as { sum: number; count: number };
      const before = blocks[blocks.length - 2] as { sum: number; count: number };
      if (before.sum / before.count <= last.sum / last.count) break;
      blocks.pop();
      before.sum += last.sum;
      before.count += last.count;
    }
  });
  const centres: number[] = [];
  for (const block of blocks) for (let at = 0; at < block.count; at += 1) centres.push(block.sum / block.count);
  return centres.map((value, at) => value + (offsets[at] as number));
}

/** The layered picture of a flow (see `FlowLayout`); deterministic. */
export function layoutFlow(flow: AnyFlow): FlowLayout {
  const { order, depth } = pathOrder(flow);
  const position = new Map(order.map((id, at) => [id, at]));
  const isTerminal = (id: string) => nodeOf(flow, id)?.kind === 'terminal';
  const lastQuestionLayer = Math.max(-1, ...order.filter((id) => !isTerminal(id)).map((id) => depth.get(id) ?? 0));
  const layerOf = new Map(
    order.map((id) => [
      id,
      isTerminal(id) ? Math.max(depth.get(id) ?? 0, lastQuestionLayer + 1) : (depth.get(id) ?? 0),
    ]),
  );
  const layerCount = Math.max(0, ...layerOf.values()) + 1;
  const layers: Item[][] = Array.from({ length: layerCount }, () => []);
  const boxes = new Map<string, Item>();
  for (const id of order) {
    const item: Item = {
      key: id,
      layer: layerOf.get(id) ?? 0,
      width: LAYOUT.nodeWidth,
      node: id,
      rank: position.get(id) ?? 0,
      up: [],
      down: [],
      x: 0,
    };
    boxes.set(id, item);
    // Stryker disable next-line OptionalChaining: every layer index below layerCount has its array
    layers[item.layer]?.push(item);
  }

  const edges: RawEdge[] = [];
  for (const id of order) {
    const node = nodeOf(flow, id);
    // Stryker disable next-line OptionalChaining: the order lists the flow's own nodes only
    if (node?.kind !== 'question') continue;
    for (const option of node.options)
      for (const to of new Set(targetsOf(option.next))) {
        const source = boxes.get(id) as Item;
        const target = boxes.get(to);
        if (!target) continue;
        const edge: RawEdge = { from: id, to, option: option.id, chain: [] };
        edges.push(edge);
        // Only edges down the layers are laid out; the way back of a broken flow's cycle is drawn straight.
        if (target.layer <= source.layer) continue;
        const chain = [source];
        for (let layer = source.layer + 1; layer < target.layer; layer += 1) {
          const slot: Item = {
            // Stryker disable next-line StringLiteral: an item's key is never read
            key: `${id}\u0001${option.id}\u0001${to}\u0001${layer}`,
            layer,
            width: 0,
            rank: (position.get(id) ?? 0) + 0.5,
            up: [],
            down: [],
            x: 0,
          };
          // Stryker disable next-line OptionalChaining: every layer index below layerCount has its array
          layers[layer]?.push(slot);
          chain.push(slot);
        }
        chain.push(target);
        for (let at = 1; at < chain.length; at += 1) {
          (chain[at - 1] as Item).down.push(chain[at] as Item);
          (chain[at] as Item).up.push(chain[at - 1] as Item);
        }
        edge.chain = chain;
      }
  }

  // Order within layers: path order, then barycentre sweeps; keep the best.
  for (const layer of layers) layer.sort((a, b) => a.rank - b.rank);
  for (let layer = 1; layer < layerCount; layer += 1)
    reorder(layers[layer] as Item[], (item) => item.up, indexOf(layers));
  let best = layers.map((layer) => [...layer]);
  let fewest = totalCrossings(layers);
  for (let sweep = 0; sweep < SWEEPS && fewest > 0; sweep += 1) {
    for (let layer = 1; layer < layerCount; layer += 1)
      reorder(layers[layer] as Item[], (item) => item.up, indexOf(layers));
    for (let layer = layerCount - 2; layer >= 0; layer -= 1)
      reorder(layers[layer] as Item[], (item) => item.down, indexOf(layers));
    const crossings = totalCrossings(layers);
    if (crossings < fewest) {
      fewest = crossings;
      best = layers.map((layer) => [...layer]);
    }
  }
  best.forEach((layer, at) => {
    layers[at] = layer;
  });

  // Positions: packed, then each item pulled towards its neighbours.
  for (const layer of layers) {
    const centres = place(
      layer,
      layer.map(() => 0),
    );
    layer.forEach((item, at) => {
      item.x = centres[at] as number;
    });
  }
  for (let round = 0; round < ROUNDS; round += 1) {
    const passes = [
      ...Array.from({ length: layerCount }, (_, at) => at),
      ...Array.from({ length: layerCount }, (_, at) => layerCount - 1 - at),
    ];
    for (const at of passes) {
      const layer = layers[at] as Item[];
      const wanted = layer.map((item) => {
        const near = [...item.up, ...item.down];
        return near.length === 0 ? item.x : near.reduce((sum, other) => sum + other.x, 0) / near.length;
      });
      const centres = place(layer, wanted);
      layer.forEach((item, index) => {
        item.x = centres[index] as number;
      });
    }
  }
  // Whole numbers keep the SVG small and the output stable across platforms.
  for (const layer of layers) for (const item of layer) item.x = Math.round(item.x);
  const left = Math.min(0, ...layers.flat().map((item) => item.x - item.width / 2));
  const shift = LAYOUT.margin - left;
  for (const layer of layers) for (const item of layer) item.x += shift;
  const right = Math.max(0, ...layers.flat().map((item) => item.x + item.width / 2));
  const top = (layer: number) => LAYOUT.margin + layer * (LAYOUT.nodeHeight + LAYOUT.layerGap);

  const nodes: LayoutNode[] = order.map((id) => {
    const item = boxes.get(id) as Item;
    return {
      id,
      kind: isTerminal(id) ? 'terminal' : 'question',
      x: item.x - item.width / 2,
      y: top(item.layer),
      width: LAYOUT.nodeWidth,
      height: LAYOUT.nodeHeight,
      layer: item.layer,
    };
  });

  // Ports: the edges leaving (entering) a box spread along its bottom (top), in the order of where they go (come from).
  const ports = new Map<string, number>();
  const edgeIndex = new Map(edges.map((edge, at) => [edge, at]));
  const spread = (box: Item, ends: { edge: RawEdge; towards: number }[], side: 'out' | 'in') => {
    ends.sort((a, b) => a.towards - b.towards);
    ends.forEach(({ edge }, at) => {
      ports.set(
        `${side}\u0001${edgeIndex.get(edge)}`,
        box.x - box.width / 2 + (box.width * (at + 1)) / (ends.length + 1),
      );
    });
  };
  for (const id of order) {
    const box = boxes.get(id) as Item;
    const out = edges
      .filter((edge) => edge.from === id)
      .map((edge) => ({ edge, towards: (edge.chain[1] ?? boxes.get(edge.to) ?? box).x }));
    const into = edges
      .filter((edge) => edge.to === id)
      .map((edge) => ({ edge, towards: (edge.chain.at(-2) ?? boxes.get(edge.from) ?? box).x }));
    spread(box, out, 'out');
    spread(box, into, 'in');
  }

  const laidOut: LayoutEdge[] = edges.map((edge, index) => {
    const source = boxes.get(edge.from) as Item;
    const target = boxes.get(edge.to) as Item;
    const points: LayoutPoint[] = [
      { x: Math.round(ports.get(`out\u0001${index}`) ?? source.x), y: top(source.layer) + LAYOUT.nodeHeight },
    ];
    for (const slot of edge.chain.slice(1, -1))
      points.push({ x: slot.x, y: top(slot.layer) }, { x: slot.x, y: top(slot.layer) + LAYOUT.nodeHeight });
    points.push({ x: Math.round(ports.get(`in\u0001${index}`) ?? target.x), y: top(target.layer) });
    return { from: edge.from, to: edge.to, option: edge.option, points };
  });

  return {
    width: right + LAYOUT.margin,
    // Stryker disable next-line ConditionalExpression,ArithmeticOperator: layerCount is at least 1 (Math.max(0, …) + 1)
    height: layerCount === 0 ? 2 * LAYOUT.margin : top(layerCount - 1) + LAYOUT.nodeHeight + LAYOUT.margin,
    nodes,
    edges: laidOut,
  };
}
