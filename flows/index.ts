import type { AnyFlow } from '../src/engine/types.ts';
import { ssprAdmin } from './sspr-admin/flow.ts';

/**
 * Every published flow, in the order the troubleshooter list shows them.
 * Adding a flow: create flows/<id>/flow.ts (+ locales.check.ts), add
 * locales/nl/<id>.json and locales/en/<id>.json, and list it here.
 */
export const flows: readonly AnyFlow[] = [ssprAdmin];

export function findFlow(id: string): AnyFlow | undefined {
  return flows.find((flow) => flow.id === id);
}
