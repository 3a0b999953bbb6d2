/**
 * The runtime configuration a deployer edits without rebuilding:
 * `config.json` beside index.html (schema: `config.schema.json`, generated
 * from `ConfigSchema`). Pure: no fetch, no DOM; `parseConfig` turns any JSON
 * into a usable config plus the warnings to log, so a broken file never stops
 * the wizard.
 */
import { type BaseIssue, safeParse } from 'valibot';
import { DEFAULT_CONFIG } from './config-defaults.ts';
import { ConfigSchema, type RuntimeConfig } from './config-schema.ts';

export { normalizeOrigin } from './config-schema.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const keysOf = (issue: BaseIssue<unknown>): string[] => (issue.path ?? []).map((item) => String(item.key));

/** `json` without the value at `path` (an object's key, or a list's item); copies only what it changes. */
function without(json: unknown, path: readonly string[]): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return undefined;
  if (Array.isArray(json))
    return json.flatMap((item, index) =>
      String(index) !== key ? [item] : rest.length > 0 ? [without(item, rest)] : [],
    );
  if (!isRecord(json) || !Object.hasOwn(json, key)) return json;
  const { [key]: value, ...others } = json;
  return rest.length > 0 ? { ...others, [key]: without(value, rest) } : others;
}

/**
 * Reads a parsed config.json. Each bad value (and each unknown key) is
 * reported as `<path>: <problem>` and left out, so its default applies and
 * the rest is used; the result is always usable.
 */
export function parseConfig(json: unknown): { config: RuntimeConfig; warnings: string[] } {
  if (!isRecord(json))
    return { config: DEFAULT_CONFIG, warnings: ['config.json is not a JSON object; using the defaults'] };
  const warnings: string[] = [];
  let input: unknown = json;
  // Each round leaves out at least one value (an object reports one unknown key at a time), so this ends.
  for (let round = 0; round < 100; round += 1) {
    const result = safeParse(ConfigSchema, input);
    if (result.success) return { config: result.output, warnings };
    for (const issue of result.issues) warnings.push(`${keysOf(issue).join('.')}: ${issue.message}`);
    // Last first, so that leaving out a list item does not shift the ones still to go.
    input = result.issues.reduceRight((value, issue) => without(value, keysOf(issue)), input);
  }
  return { config: DEFAULT_CONFIG, warnings: [...warnings, 'too many problems; using the defaults'] };
}

/** The theme as CSS: custom properties on :root, for a stylesheet the app adopts. */
export function themeCss(theme: RuntimeConfig['theme']): string {
  const declarations = Object.entries(theme).map(([key, colour]) => `--wizard-${key}: ${colour};`);
  return declarations.length > 0 ? `:root { ${declarations.join(' ')} }` : '';
}
