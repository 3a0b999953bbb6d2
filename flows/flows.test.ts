/**
 * Every flow on disk (flows/<id>/flow.ts) passes the flow-test kit: a new
 * flow is tested by being there, with no edit here.
 */
import { describe, expect, it } from 'vitest';
import { flowIdsOnDisk, loadFlowsFromDisk, ROOT } from '../scripts/flows-on-disk.ts';
import { testFlowInvariants } from '../src/testing/flow-kit.ts';

const flows = await loadFlowsFromDisk(ROOT);

describe('flows on disk', () => {
  it('finds every flow folder, each defining the flow of its name', () => {
    expect(flows.map((flow) => flow.id)).toEqual(flowIdsOnDisk(ROOT));
    expect(flows.length).toBeGreaterThan(0);
  });
});

for (const flow of flows) testFlowInvariants(flow, { root: ROOT });
