import { findingsLoaded, loadFindings } from '../i18n/i18n.ts';
import { readable, settled } from '../i18n/readable-promise.ts';

/**
 * The findings part of a flow's text (findings and notes) as a promise React
 * can wait on (`use`): one promise per language and flow, so a suspended
 * render resumes on the same one. Pre-rendering (react-dom/static) waits for
 * it; pageResources should load it for `/{lng}/{flow}/all` too, so nothing
 * suspends there.
 */
const loading = new Map<string, Promise<void>>();

export function articleFindings(lng: string, flowId: string): Promise<void> {
  const key = `${lng}/${flowId}`;
  let promise = loading.get(key);
  if (!promise) {
    // Loaded with the page's text already (pageResources): a promise use() reads at once.
    promise = findingsLoaded(lng, flowId) ? settled() : readable(loadFindings(lng, flowId));
    loading.set(key, promise);
  }
  return promise;
}
