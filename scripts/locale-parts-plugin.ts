import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type Plugin, runnerImport } from 'vite';
import { fillDates, longDate } from '../src/engine/text-dates.ts';
import type { AnyFlow } from '../src/engine/types.ts';
import { DATE_LOCALES, isLanguage } from '../src/i18n/languages.ts';
import { CATALOG_PART, catalogEntry, LOCALE_PARTS, type LocalePart, localePart } from '../src/i18n/locale-parts.ts';
import { flowFile, flowIdsOnDisk } from './flows-on-disk.ts';

const PARTS = [...LOCALE_PARTS, CATALOG_PART].join('|');
const REQUEST = new RegExp(`^(.*/locales/[^/]+/[^/]+\\.json)\\?part=(${PARTS})$`);
const PART_OF = new RegExp(`^(.*\\.json)\\?part=(${PARTS})$`);
const PREFIX = '\0locale-part:';

/** The project a locale file (`<root>/locales/<lng>/<name>.json`) belongs to. */
const projectRoot = (localeFile: string) => join(dirname(localeFile), '..', '..');

/** Every flow's `meta` in the language of `commonFile`'s folder, by flow id (flows with a folder in flows/ only). */
function catalog(commonFile: string, watch: (file: string) => void): Record<string, unknown> {
  const dir = dirname(commonFile);
  const root = projectRoot(commonFile);
  const entries: [string, unknown][] = [];
  for (const name of readdirSync(dir).sort()) {
    const id = basename(name, '.json');
    if (!name.endsWith('.json') || id === 'common' || !existsSync(flowFile(root, id))) continue;
    watch(join(dir, name));
    entries.push([id, catalogEntry(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>)]);
  }
  return Object.fromEntries(entries);
}

interface FlowDates {
  readonly dates: Readonly<Record<string, string>>;
  /** The flow's file and every file it imports: a change to any of them changes the dates. */
  readonly files: readonly string[];
}

/** The `dates` of the flow in `definition`, read by running the module with Vite (it is TypeScript). */
async function readFlowDates(definition: string): Promise<FlowDates> {
  const { module, dependencies } = await runnerImport<{ default?: AnyFlow }>(definition, {
    configFile: false,
    root: dirname(definition),
    logLevel: 'error',
  });
  return { dates: module.default?.dates ?? {}, files: [definition, ...dependencies] };
}

/**
 * Serves `locales/<lng>/<flow>.json?part=steps|findings|titles` as a module holding
 * that part of the file (see src/i18n/locale-parts.ts) with its `{date:name}`
 * placeholders already filled in with the flow's dates in the language's long
 * date format (src/engine/text-dates.ts). Formatting here, at build time, and
 * not in the browser matters: a page's first `Intl.DateTimeFormat` loads the
 * locale's data, 30-80 ms on the main thread of a fast machine and four times
 * that on a slow phone, a long task right when the page becomes interactive.
 * It also serves `locales/<lng>/common.json?part=catalog` as the catalog of that language:
 * every flow's title and description, for the list of troubleshooters. The
 * id is made virtual so Vite's JSON plugin leaves it alone, and loaded as
 * plain JavaScript.
 */
export function localeParts(): Plugin {
  // One read per flow and build (or until a file it is made of changes, in the dev server).
  const flowDates = new Map<string, Promise<FlowDates>>();
  const datesOf = (definition: string) => {
    let dates = flowDates.get(definition);
    if (!dates) {
      dates = readFlowDates(definition);
      flowDates.set(definition, dates);
      // A flow that does not load yet (mid-edit) is read again next time; the text that needs it reports the error.
      dates.catch(() => flowDates.delete(definition));
    }
    return dates;
  };
  return {
    name: 'locale-parts',
    enforce: 'pre',
    configResolved(config) {
      // Read every flow's dates at once, before the first text is asked for: a
      // text module then never waits for its flow to be read (a component
      // test's navigation would wait past its act()).
      if (existsSync(join(config.root, 'flows')))
        for (const id of flowIdsOnDisk(config.root)) datesOf(flowFile(config.root, id)).catch(() => {});
    },
    watchChange(changed) {
      for (const [definition, dates] of flowDates)
        void dates.then(({ files }) => {
          if (files.includes(changed)) flowDates.delete(definition);
        });
    },
    async resolveId(source, importer) {
      const match = PART_OF.exec(source);
      if (!match?.[1]) return null;
      const resolved = await this.resolve(match[1], importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}?part=${match[2]}` : null;
    },
    async load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const match = REQUEST.exec(id.slice(PREFIX.length));
      if (!match?.[1]) return null;
      const file = match[1];
      if (match[2] === CATALOG_PART)
        return `export default ${JSON.stringify(catalog(file, (watched) => this.addWatchFile(watched)))};`;
      this.addWatchFile(file);
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      const lng = basename(dirname(file));
      const definition = flowFile(projectRoot(file), basename(file, '.json'));
      const { dates, files } = existsSync(definition) ? await datesOf(definition) : { dates: {}, files: [] };
      for (const watched of files) this.addWatchFile(watched);
      const text = fillDates(
        localePart(json, match[2] as LocalePart),
        dates,
        longDate(isLanguage(lng) ? DATE_LOCALES[lng] : lng),
      );
      return `export default ${JSON.stringify(text)};`;
    },
  };
}
