import { nodeEntries } from '../src/engine/graph.ts';
import { DONE_STEP, MORE_HELP_STEP } from '../src/engine/ids.ts';
import { LANGUAGES } from '../src/i18n/languages.ts';
import { SUPPORT_PAGES, type SupportPage } from '../src/support/support-pages.ts';
import { loadFlowsFromDisk } from './flows-on-disk.ts';

/** One public URL of the wizard, as the build writes it. */
export interface PublicPage {
  /** The path below the base path, e.g. `en/sspr-admin/symptom`. */
  readonly path: string;
  readonly lang: string;
  /** Whether the page shows findings (the summary), whose text is a chunk of its own. */
  readonly showsFindings: boolean;
  /** One of the support tools (map, link reader, article): src/support/support-pages.ts. */
  readonly support?: SupportPage;
  /** Not for search engines: the page gets `<meta name="robots" content="noindex">`. */
  readonly noindex: boolean;
  /** Written without any `<script>` or modulepreload: the page is complete as HTML. */
  readonly scriptFree: boolean;
}

/**
 * Every public URL: each language's troubleshooter list, each flow's start
 * page, every node (questions and the summary), old step ids (aliases) and
 * the pages after the summary, and the support tools (map, link reader,
 * whole article).
 */
export async function publicPages(root?: string): Promise<PublicPage[]> {
  const flows = await loadFlowsFromDisk(root);
  const pages: PublicPage[] = [];
  const add = (path: string, lang: string, showsFindings = false) =>
    pages.push({ path, lang, showsFindings, noindex: false, scriptFree: false });
  for (const lng of LANGUAGES) {
    add(lng, lng);
    for (const flow of flows) {
      const base = `${lng}/${flow.id}`;
      add(base, lng);
      for (const [id, node] of nodeEntries(flow)) add(`${base}/${id}`, lng, node.kind === 'terminal');
      // Old step ids keep an entry of their own; the app redirects them.
      for (const alias of Object.keys(flow.aliases ?? {})) add(`${base}/${alias}`, lng);
      add(`${base}/${DONE_STEP}`, lng);
      add(`${base}/${MORE_HELP_STEP}`, lng);
      for (const support of SUPPORT_PAGES)
        pages.push({
          path: `${base}/${support.step}`,
          lang: lng,
          showsFindings: false,
          support,
          noindex: support.noindex,
          scriptFree: support.scriptFree,
        });
    }
  }
  return pages;
}
