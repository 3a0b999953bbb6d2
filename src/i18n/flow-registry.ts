import type { AnyFlow } from '../engine/types.ts';

/**
 * The troubleshooters, found at build time: every `flows/<id>/flow.ts` whose
 * default export is its flow. Adding a flow is adding its folder (and its
 * locale files); nothing here changes. Each flow is a chunk of its own, so a
 * page downloads only the flow it shows.
 */
const modules = import.meta.glob<AnyFlow>('../../flows/*/flow.ts', { import: 'default' });

const idOf = (path: string) => path.split('/').at(-2) ?? '';
const loaders = new Map(Object.entries(modules).map(([path, load]) => [idOf(path), load]));

/** Every flow's id (its folder's name), sorted. */
export const FLOW_IDS: readonly string[] = [...loaders.keys()].sort();

export function isFlowId(id: string): boolean {
  return loaders.has(id);
}

const loaded = new Map<string, AnyFlow>();
const loading = new Map<string, Promise<AnyFlow>>();

/** Downloads a flow's definition (once); rejects for an id that is not a flow. */
export function loadFlow(id: string): Promise<AnyFlow> {
  let promise = loading.get(id);
  if (!promise) {
    const load = loaders.get(id);
    promise = load
      ? load().then(
          (flow) => {
            // The folder's name is the public id; a flow that says otherwise is a build mistake.
            if (flow.id !== id) throw new Error(`flows/${id}/flow.ts defines flow "${flow.id}"`);
            loaded.set(id, flow);
            return flow;
          },
          (error: unknown) => {
            // A lost connection is not the flow's fault: the next visit tries again.
            loading.delete(id);
            throw error;
          },
        )
      : Promise.reject(new Error(`There is no flow "${id}"`));
    loading.set(id, promise);
  }
  return promise;
}

/** A flow already downloaded, or undefined (not a flow, or not loaded yet). */
export function loadedFlow(id: string): AnyFlow | undefined {
  return loaded.get(id);
}
