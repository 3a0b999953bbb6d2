/**
 * What a deployment's configs depend on: the base path the site is built for
 * and the origins allowed to frame it. Origins come from `--frame-ancestors`,
 * else the FRAME_ANCESTORS build variable, else config.json's allowedOrigins,
 * and are checked as config.json's are (they end up inside server configs,
 * so nothing but a bare origin may pass).
 */
import { readFileSync } from 'node:fs';
import { normalizeOrigin, parseConfig } from '../../src/config/runtime-config.ts';

export interface DeployOptions {
  /** The URL path the site is served under, with slashes at both ends (`/` or `/help/wizard/`). */
  readonly base: string;
  /** Origins allowed to frame the wizard besides itself, as `scheme://host[:port]`. */
  readonly origins: readonly string[];
}

export function normalizeBase(base = '/'): string {
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  const normalized = withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
  // It is written into server configs: path characters only.
  if (!/^[A-Za-z0-9/._~-]+$/.test(normalized) || normalized.includes('//'))
    throw new Error(`Base path ${JSON.stringify(base)} is not a plain URL path such as /help/wizard/`);
  return normalized;
}

/** A space- or comma-separated list of origins; throws on anything that is not a bare origin. */
export function parseOrigins(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((value) => {
      const origin = normalizeOrigin(value);
      if (!origin) throw new Error(`${JSON.stringify(value)} is not an origin (scheme://host[:port], no path, no "*")`);
      return origin;
    });
}

/** config.json's allowedOrigins as the wizard reads them (invalid entries dropped, with a warning). */
export function originsFromConfig(file: string): string[] {
  const { config, warnings } = parseConfig(JSON.parse(readFileSync(file, 'utf8')));
  for (const warning of warnings) console.warn(`${file}: ${warning}`);
  return [...config.allowedOrigins];
}

export function resolveOrigins({
  flag,
  env,
  configFile,
}: {
  flag?: string | undefined;
  env?: string | undefined;
  configFile: string;
}): string[] {
  if (flag !== undefined) return parseOrigins(flag);
  if (env !== undefined && env.trim() !== '') return parseOrigins(env);
  return originsFromConfig(configFile);
}
