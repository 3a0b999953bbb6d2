import { findingsLoaded, loadFindings } from '../i18n/i18n.ts';

/**
 * The findings part of a flow's text (findings and notes) as a promise React
 * can wait on (`use`): one promise per language and flow, so a suspended
 * render resumes on the same one. Pre-rendering (react-dom/static) waits for
 * it; pageResources should load it for `/{lng}/{flow}/all` too, so nothing
 * suspends there.
 */
const loading = new Map<string, Promise<void>>();

export function articleFindings(lng: string, flowId: string): Promise<void> | undefined {
  if (findingsLoaded(lng, flowId)) return undefined;
  const key = `${lng}/${flowId}`;
  let promise = loading.get(key);
  if (!promise) {
    promise = loadFindings(lng, flowId);
    loading.set(key, promise);
  }
  return promise;
}
