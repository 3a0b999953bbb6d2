/**
 * `_headers` files, for the folder you deploy (dist/). Netlify and Cloudflare
 * Pages read the same format but combine rules differently: on Netlify the
 * later matching rule's value of a header wins, on Cloudflare Pages the values
 * are joined with commas (`no-cache, public, max-age=…` on assets). So the
 * Cloudflare file sets Cache-Control only where rules do not overlap; its
 * pages keep Cloudflare's own `public, max-age=0, must-revalidate`, which
 * revalidates on every use as `no-cache` does.
 */
import { CACHE_CONTROL, HASHED_ASSETS_DIR, securityHeaders } from './headers.mjs';
import { GENERATED_NOTICE } from './notice.ts';
import type { DeployOptions } from './options.ts';

type Rule = readonly [path: string, headers: Record<string, string>];

const render = (intro: string, rules: readonly Rule[]) =>
  `${GENERATED_NOTICE('#')}
# ${intro}
${rules
  .map(
    ([path, headers]) =>
      `${path}\n${Object.entries(headers)
        .map(([name, value]) => `  ${name}: ${value}`)
        .join('\n')}`,
  )
  .join('\n')}
`;

export function netlifyHeaders({ base, origins }: DeployOptions): string {
  return render('The diagnostic wizard on Netlify: copy this file into dist/ before deploying.', [
    [`${base}*`, { ...securityHeaders(origins), 'Cache-Control': CACHE_CONTROL.revalidate }],
    // Later than the rule above, so its Cache-Control wins on Netlify.
    [`${base}${HASHED_ASSETS_DIR}/*`, { 'Cache-Control': CACHE_CONTROL.hashed }],
  ]);
}

export function cloudflareHeaders({ base, origins }: DeployOptions): string {
  return render('The diagnostic wizard on Cloudflare Pages: copy this file into dist/ before deploying.', [
    [`${base}*`, securityHeaders(origins)],
    [`${base}${HASHED_ASSETS_DIR}/*`, { 'Cache-Control': CACHE_CONTROL.hashed }],
    [`${base}config.json`, { 'Cache-Control': CACHE_CONTROL.revalidate }],
  ]);
}
