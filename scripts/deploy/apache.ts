/**
 * deploy/.htaccess for Apache httpd 2.4 (mod_headers, mod_rewrite, mod_mime;
 * the folder needs `AllowOverride FileInfo Indexes Options`, or put the same
 * lines in the vhost). Headers are set with `always`, so the 404 page gets
 * them too; the assets folder's Cache-Control is set after the rest, in an
 * <If>, which Apache applies last.
 */
import {
  CACHE_CONTROL,
  COMPRESSIBLE_EXTENSIONS,
  contentSecurityPolicy,
  HASHED_ASSETS_DIR,
  NOT_FOUND_PAGE,
  OTHER_SECURITY_HEADERS,
} from './headers.mjs';
import { GENERATED_NOTICE } from './notice.ts';
import type { DeployOptions } from './options.ts';

const quoted = (value: string) => `"${value.replaceAll('"', '\\"')}"`;
const extensions = COMPRESSIBLE_EXTENSIONS.map((extension) => extension.slice(1));
const escapeRegex = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function htaccess({ base, origins }: DeployOptions): string {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy(origins), ...OTHER_SECURITY_HEADERS };
  const text = extensions.join('|');
  return `${GENERATED_NOTICE('#')}
# The diagnostic wizard on Apache httpd 2.4: put this file beside index.html
# (or its lines in the vhost). Needs mod_headers, mod_rewrite and mod_mime.

Options -MultiViews -Indexes
DirectoryIndex index.html
ErrorDocument 404 ${base}${NOT_FOUND_PAGE}

<IfModule mod_mime.c>
  # page.html.gz is HTML sent gzip-encoded (one type per extension: the
  # compression's own types would hide the file's).
  RemoveType .gz .br
  AddEncoding gzip .gz
  AddEncoding br .br
  AddCharset utf-8 ${extensions.map((extension) => `.${extension}`).join(' ')}
</IfModule>

<IfModule mod_rewrite.c>
  RewriteEngine On
  RewriteBase ${base}
  # /step is answered by step.html (pre-rendered), without a redirect.
  RewriteCond %{REQUEST_FILENAME} !-f
  RewriteCond %{REQUEST_FILENAME}.html -f
  RewriteRule ^(.*[^/])$ $1.html [L]
  # The .br or .gz file the build wrote, when the browser takes it.
  RewriteCond %{HTTP:Accept-Encoding} \\bbr\\b
  RewriteCond %{REQUEST_FILENAME}.br -f
  RewriteRule ^(.*\\.(?:${text}))$ $1.br [L,E=no-gzip:1,E=no-brotli:1]
  RewriteCond %{HTTP:Accept-Encoding} \\bgzip\\b
  RewriteCond %{REQUEST_FILENAME}.gz -f
  RewriteRule ^(.*\\.(?:${text}))$ $1.gz [L,E=no-gzip:1,E=no-brotli:1]
</IfModule>

<IfModule mod_headers.c>
${Object.entries(headers)
  .map(([name, value]) => `  Header always set ${name} ${quoted(value)}`)
  .join('\n')}
  Header always set Cache-Control ${quoted(CACHE_CONTROL.revalidate)}
  <If "%{REQUEST_URI} =~ m#^${escapeRegex(base)}${HASHED_ASSETS_DIR}/#">
    Header always set Cache-Control ${quoted(CACHE_CONTROL.hashed)}
  </If>
  <FilesMatch "\\.(?:${text})(?:\\.br|\\.gz)?$">
    Header always merge Vary Accept-Encoding
  </FilesMatch>
</IfModule>
`;
}
