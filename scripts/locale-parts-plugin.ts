import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { CATALOG_PART, catalogEntry, LOCALE_PARTS, type LocalePart, localePart } from '../src/i18n/locale-parts.ts';

const PARTS = [...LOCALE_PARTS, CATALOG_PART].join('|');
const REQUEST = new RegExp(`^(.*/locales/[^/]+/[^/]+\\.json)\\?part=(${PARTS})$`);
const PART_OF = new RegExp(`^(.*\\.json)\\?part=(${PARTS})$`);
const PREFIX = '\0locale-part:';

/** Every flow's `meta` in the language of `commonFile`'s folder, by flow id (flows with a folder in flows/ only). */
function catalog(commonFile: string, watch: (file: string) => void): Record<string, unknown> {
  const dir = dirname(commonFile);
  const flowsDir = join(dir, '..', '..', 'flows');
  const entries: [string, unknown][] = [];
  for (const name of readdirSync(dir).sort()) {
    const id = basename(name, '.json');
    if (!name.endsWith('.json') || id === 'common' || !existsSync(join(flowsDir, id, 'flow.ts'))) continue;
    watch(join(dir, name));
    entries.push([id, catalogEntry(JSON.parse(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>)]);
  }
  return Object.fromEntries(entries);
}

/**
 * Serves `locales/<lng>/<flow>.json?part=steps|findings|titles` as a module holding
 * that part of the file (see src/i18n/locale-parts.ts), and
 * `locales/<lng>/common.json?part=catalog` as the catalog of that language:
 * every flow's title and description, for the list of troubleshooters. The
 * id is made virtual so Vite's JSON plugin leaves it alone, and loaded as
 * plain JavaScript.
 */
export function localeParts(): Plugin {
  return {
    name: 'locale-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = PART_OF.exec(source);
      if (!match?.[1]) return null;
      const resolved = await this.resolve(match[1], importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}?part=${match[2]}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const match = REQUEST.exec(id.slice(PREFIX.length));
      if (!match?.[1]) return null;
      const file = match[1];
      if (match[2] === CATALOG_PART)
        return `export default ${JSON.stringify(catalog(file, (watched) => this.addWatchFile(watched)))};`;
      this.addWatchFile(file);
      const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(localePart(json, match[2] as LocalePart))};`;
    },
  };
}
