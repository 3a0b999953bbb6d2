/**
 * deploy/nginx.conf: directives for inside the wizard's `server { }` block
 * (so it works as it is in any server set-up, and in the end-to-end tests'
 * wrapper). `add_header` in a location drops the server's own, so each
 * location repeats every header; `always` puts them on the 404 page too.
 */
import {
  CACHE_CONTROL,
  CSP_WITHOUT_FRAME_ANCESTORS,
  frameAncestorsSources,
  HASHED_ASSETS_DIR,
  NOT_FOUND_PAGE,
  OTHER_SECURITY_HEADERS,
} from './headers.mjs';
import { GENERATED_NOTICE } from './notice.ts';
import type { DeployOptions } from './options.ts';

/** The variable holding `frame-ancestors`' sources, which a server block may set again after the include. */
export const NGINX_FRAME_ANCESTORS_VARIABLE = '$wizard_frame_ancestors';

const headerLines = (cacheControl: string) =>
  [
    ['Cache-Control', cacheControl],
    ['Content-Security-Policy', `${CSP_WITHOUT_FRAME_ANCESTORS}; frame-ancestors ${NGINX_FRAME_ANCESTORS_VARIABLE}`],
    ...Object.entries(OTHER_SECURITY_HEADERS),
  ].map(([name, value]) => `    add_header ${name} "${value}" always;`);

export function nginxConf({ base, origins }: DeployOptions): string {
  return `${GENERATED_NOTICE('#')}
# The diagnostic wizard on nginx. Include this file inside the server block
# whose \`root\` holds the built files${base === '/' ? '' : ` under ${base}`}:
#
#   server {
#       listen 443 ssl;
#       server_name help.example.com;
#       root /var/www/diagnostic-wizard;
#       include /etc/nginx/snippets/diagnostic-wizard.conf;
#   }

# Who may frame the wizard (CSP frame-ancestors): itself and config.json's
# allowedOrigins when this file was generated. To allow other pages, generate
# again with FRAME_ANCESTORS="https://intranet.example.com", or set this
# variable again in your server block after the include.
set ${NGINX_FRAME_ANCESTORS_VARIABLE} "${frameAncestorsSources(origins)}";

# Relative redirects: right behind proxies and TLS terminators too.
absolute_redirect off;
charset utf-8;
charset_types text/css text/plain application/javascript text/javascript application/json image/svg+xml;

# The build writes .gz (and .br) files beside the text files: send them as they are.
gzip_static on;
gzip_vary on;
# With the ngx_brotli module (Debian: libnginx-mod-http-brotli-static):
# brotli_static on;

error_page 404 ${base}${NOT_FOUND_PAGE};

location ${base} {
    # /step is answered by step.html, /flow/ by flow/index.html: no SPA fallback.
    try_files $uri $uri.html $uri/ =404;
${headerLines(CACHE_CONTROL.revalidate).join('\n')}
}

location ^~ ${base}${HASHED_ASSETS_DIR}/ {
    try_files $uri =404;
${headerLines(CACHE_CONTROL.hashed).join('\n')}
}
`;
}
