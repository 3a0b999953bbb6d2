import { useSyncExternalStore } from 'react';
import { DEFAULT_CONFIG } from './config-defaults.ts';
import type { RuntimeConfig } from './config-schema.ts';

/**
 * Loads `config.json` once (same origin, beside index.html) and shares it.
 * A missing or broken file leaves the defaults in place, with a console
 * warning that says what to fix: the wizard always runs.
 */
let current: RuntimeConfig = DEFAULT_CONFIG;
let loading: Promise<RuntimeConfig> | undefined;
const subscribers = new Set<() => void>();

/**
 * Applies theme colours through a constructed stylesheet: allowed under a
 * strict Content-Security-Policy (no inline style), and the values were
 * checked to be colours by parseConfig.
 */
function applyTheme(css: string) {
  if (!css || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

async function fetchConfig(): Promise<RuntimeConfig> {
  try {
    const [response, { parseConfig, themeCss }] = await Promise.all([
      fetch(`${import.meta.env.BASE_URL}config.json`, { cache: 'no-cache' }),
      import('./runtime-config.ts'),
    ]);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const { config, warnings } = parseConfig(await response.json());
    for (const warning of warnings) console.warn(`config.json: ${warning}`);
    applyTheme(themeCss(config.theme));
    return config;
  } catch (error) {
    console.warn(`config.json could not be read (${(error as Error).message}); using the defaults`);
    return DEFAULT_CONFIG;
  }
}

/** The runtime config, loaded on first call (browser only). */
export function loadRuntimeConfig(): Promise<RuntimeConfig> {
  loading ??= fetchConfig().then((config) => {
    current = config;
    for (const notify of subscribers) notify();
    return config;
  });
  return loading;
}

const subscribe = (notify: () => void) => {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
};

/** The config for rendering: the defaults until config.json has loaded (and on the server). */
export function useRuntimeConfig(): RuntimeConfig {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => DEFAULT_CONFIG,
  );
}
