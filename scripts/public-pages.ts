import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flows } from '../flows/index.ts';
import { LANGUAGES } from '../src/app/languages.ts';
import { nodeEntries } from '../src/engine/graph.ts';
import { DONE_STEP, MORE_HELP_STEP } from '../src/engine/ids.ts';

/** One public URL of the wizard, with what its static HTML entry needs. */
export interface PublicPage {
  /** The path below the base path, e.g. `en/sspr-admin/symptom` ('' for the root). */
  readonly path: string;
  readonly lang: string;
  readonly title: string;
}

type Json = { [key: string]: Json } | string;

function readLocale(root: string, lng: string, ns: string): Json {
  return JSON.parse(readFileSync(join(root, 'locales', lng, `${ns}.json`), 'utf8')) as Json;
}

function text(json: Json, path: string): string {
  let at: Json | undefined = json;
  for (const key of path.split('.')) at = typeof at === 'object' ? at[key] : undefined;
  return typeof at === 'string' ? at : path;
}

/**
 * Every public URL: each language's troubleshooter list, each flow's start
 * page, every node (questions and the summary), old step ids (aliases) and
 * the pages after the summary.
 */
export function publicPages(root: string): PublicPage[] {
  const pages: PublicPage[] = [];
  for (const lng of LANGUAGES) {
    const common = readLocale(root, lng, 'common');
    const site = text(common, 'site.name');
    const title = (...parts: string[]) => [...parts, site].join(' – ');
    pages.push({ path: lng, lang: lng, title: title(text(common, 'home.title')) });
    for (const flow of flows) {
      const words = readLocale(root, lng, flow.id);
      const flowTitle = text(words, 'meta.title');
      const base = `${lng}/${flow.id}`;
      pages.push({ path: base, lang: lng, title: title(flowTitle) });
      for (const [id, node] of nodeEntries(flow)) {
        const heading = node.kind === 'question' ? text(words, `questions.${id}.title`) : text(common, 'summary.title');
        pages.push({ path: `${base}/${id}`, lang: lng, title: title(heading, flowTitle) });
      }
      // Old step ids keep an entry of their own; the app redirects them.
      for (const [alias, target] of Object.entries(flow.aliases ?? {}))
        pages.push({
          path: `${base}/${alias}`,
          lang: lng,
          title: title(text(words, `questions.${target}.title`), flowTitle),
        });
      pages.push({ path: `${base}/${DONE_STEP}`, lang: lng, title: title(text(common, 'done.title'), flowTitle) });
      pages.push({
        path: `${base}/${MORE_HELP_STEP}`,
        lang: lng,
        title: title(text(common, 'moreHelp.title'), flowTitle),
      });
    }
  }
  return pages;
}
