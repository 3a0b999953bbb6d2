import { type LoaderFunctionArgs, redirect } from 'react-router';
import { findFlow, flows } from '../../flows/index.ts';
import { loadRuntimeConfig } from '../config/config-store.ts';
import { withoutBasePath } from './base-path.ts';
import { loadText } from './i18n.ts';
import { browserLanguage, isLanguage } from './languages.ts';

/** The browser's language, else the deployment's default language (config.json). */
async function readerLanguage() {
  return browserLanguage((await loadRuntimeConfig()).defaultLanguage);
}

/** `/`: send the reader to their browser's language (nl or en, else the configured default). */
export async function rootLoader({ request }: LoaderFunctionArgs) {
  return redirect(`/${await readerLanguage()}/${new URL(request.url).search}`);
}

/** A path segment that looks like a language tag (`fr`, `de-DE`), as opposed to a flow id. */
const LANGUAGE_LIKE = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i;

/**
 * `/:lng/*`: an unknown language becomes the detected one on the same path
 * (`/fr/sspr-admin/symptom` → `/nl/sspr-admin/symptom`); a path without a
 * language (`/sspr-admin/`) gets one in front. Otherwise load the text.
 */
export async function languageLoader({ params, request }: LoaderFunctionArgs) {
  const lng = params.lng ?? '';
  // Ids are lowercase; a link typed as /EN/SSPR-Admin/Symptom still works.
  const url = new URL(request.url);
  const path = withoutBasePath(url.pathname);
  if (path !== path.toLowerCase()) return redirect(`${path.toLowerCase()}${url.search}`);
  if (!isLanguage(lng)) {
    const [, first = '', ...rest] = path.split('/');
    const keepsFirst = findFlow(first) !== undefined || !LANGUAGE_LIKE.test(first);
    const tail = keepsFirst ? [first, ...rest] : rest;
    // Redirects from loaders are relative to the router's basename.
    return redirect(`/${await readerLanguage()}/${tail.join('/')}${url.search}`);
  }
  await loadText(lng, ['common', ...flows.map((flow) => flow.id)]);
  return null;
}
