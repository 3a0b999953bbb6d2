import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { type LocalePart, localePart } from '../src/i18n/locale-parts.ts';

const REQUEST = /^(.*\/locales\/[^/]+\/[^/]+\.json)\?part=(steps|findings)$/;
const PREFIX = '\0locale-part:';

/**
 * Serves `locales/<lng>/<flow>.json?part=steps|findings` as a module holding
 * that part of the file (see src/app/locale-parts.ts). The id is made virtual
 * so Vite's JSON plugin leaves it alone, and loaded as plain JavaScript.
 */
export function localeParts(): Plugin {
  return {
    name: 'locale-parts',
    enforce: 'pre',
    async resolveId(source, importer) {
      const match = /^(.*\.json)\?part=(steps|findings)$/.exec(source);
      if (!match?.[1]) return null;
      const resolved = await this.resolve(match[1], importer, { skipSelf: true });
      return resolved ? `${PREFIX}${resolved.id}?part=${match[2]}` : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const match = REQUEST.exec(id.slice(PREFIX.length));
      if (!match?.[1]) return null;
      this.addWatchFile(match[1]);
      const json = JSON.parse(readFileSync(match[1], 'utf8')) as Record<string, unknown>;
      return `export default ${JSON.stringify(localePart(json, match[2] as LocalePart))};`;
    },
  };
}
