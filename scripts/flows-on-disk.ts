/**
 * The flows as Node sees them (scripts, the e2e suite, tests): every
 * `flows/<id>/flow.ts` whose default export is its flow, the same rule the
 * app's build uses (src/i18n/flow-registry.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AnyFlow } from '../src/engine/types.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where a flow's definition lives: `<root>/flows/<id>/flow.ts` (its folder's name is its id). */
export function flowFile(root: string, id: string): string {
  return join(root, 'flows', id, 'flow.ts');
}

/** The ids of the flows under `<root>/flows`, sorted: each folder with a flow.ts. */
export function flowIdsOnDisk(root: string = ROOT): string[] {
  const dir = join(root, 'flows');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(flowFile(root, entry.name)))
    .map((entry) => entry.name)
    .sort();
}

/** Imports every flow under `<root>/flows`; throws when a folder's flow has another id. */
export async function loadFlowsFromDisk(root: string = ROOT): Promise<AnyFlow[]> {
  return Promise.all(
    flowIdsOnDisk(root).map(async (id) => {
      const module = (await import(pathToFileURL(flowFile(root, id)).href)) as { default?: AnyFlow };
      const flow = module.default;
      if (!flow) throw new Error(`flows/${id}/flow.ts has no default export`);
      if (flow.id !== id) throw new Error(`flows/${id}/flow.ts defines flow "${flow.id}"; the folder name is its id`);
      return flow;
    }),
  );
}
