/**
 * Writes public/config.schema.json from `ConfigSchema`, the one definition of
 * config.json's shape (src/config/config-schema.ts). Editors use the file to
 * check config.json as a deployer types; a test fails when the committed file
 * is not what this script writes.
 *
 *   tsx scripts/config-schema.ts [--out <file>]     (npm run config:schema)
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { toJsonSchema } from '@valibot/to-json-schema';
import { ConfigSchema } from '../src/config/config-schema.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CONFIG_SCHEMA_FILE = join(ROOT, 'public', 'config.schema.json');

/** The JSON Schema of config.json: what a deployer may write (the input), before trimming and normalising. */
export function configJsonSchema(): Record<string, unknown> {
  const { $schema, ...schema } = toJsonSchema(ConfigSchema, {
    target: 'draft-2020-12',
    typeMode: 'input',
    // Trimming and read-only typing change no constraint a deployer has to meet.
    ignoreActions: ['trim', 'readonly'],
  });
  return {
    $schema,
    title: 'Diagnostic wizard runtime configuration',
    description:
      'Edit config.json beside index.html to configure a deployment without rebuilding. Invalid values are ignored with a warning in the browser console; the wizard then uses the defaults.',
    ...schema,
  };
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: CONFIG_SCHEMA_FILE } } });
  const out = resolve(values.out);
  writeFileSync(out, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
  // Formatted as `biome check` expects, so the generated file passes lint as committed.
  execFileSync(join(ROOT, 'node_modules', '.bin', 'biome'), ['format', '--write', out], { stdio: 'inherit' });
  console.log(`Wrote ${out}`);
}
