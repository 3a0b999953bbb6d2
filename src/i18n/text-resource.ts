import { flows } from '../../flows/index.ts';
import { loadText } from './i18n.ts';

/**
 * Each language's text as a promise React can wait on (`use`): a page that
 * needs a language not yet downloaded suspends, and because router updates
 * are transitions, the previous page stays on screen meanwhile. No flash of
 * keys or of an empty page.
 */
const loading = new Map<string, Promise<void>>();
const ready = new Set<string>();

export const TEXT_NAMESPACES = ['common', ...flows.map((flow) => flow.id)];

export function languageText(lng: string): Promise<void> {
  let promise = loading.get(lng);
  if (!promise) {
    promise = loadText(lng, TEXT_NAMESPACES).then(() => {
      ready.add(lng);
    });
    loading.set(lng, promise);
  }
  return promise;
}

/** Whether a language's text is downloaded, so rendering need not wait. */
export function languageTextReady(lng: string): boolean {
  return ready.has(lng);
}
