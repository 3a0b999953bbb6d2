/**
 * deploy/web.config for IIS 10 with the URL Rewrite module (which maps /step
 * to step.html). Put it beside index.html. IIS compresses by itself (static
 * compression), so the build's .gz and .br files are not used there.
 */
import {
  CACHE_CONTROL,
  contentSecurityPolicy,
  HASHED_ASSETS_DIR,
  NOT_FOUND_PAGE,
  OTHER_SECURITY_HEADERS,
} from './headers.mjs';
import { GENERATED_NOTICE } from './notice.ts';
import type { DeployOptions } from './options.ts';

const attribute = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Types with a charset, and the ones older IIS versions lack. */
const MIME_TYPES: readonly (readonly [string, string])[] = [
  ['.html', 'text/html; charset=utf-8'],
  ['.js', 'text/javascript; charset=utf-8'],
  ['.mjs', 'text/javascript; charset=utf-8'],
  ['.css', 'text/css; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
  ['.webmanifest', 'application/manifest+json'],
];

export function webConfig({ base, origins }: DeployOptions): string {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy(origins), ...OTHER_SECURITY_HEADERS };
  return `<?xml version="1.0" encoding="utf-8"?>
${GENERATED_NOTICE('<!--', ' -->')}
<!-- The diagnostic wizard on IIS 10: put this file beside index.html. Needs the URL Rewrite module. -->
<configuration>
  <system.webServer>
    <staticContent>
${MIME_TYPES.map(
  ([extension, type]) =>
    `      <remove fileExtension="${extension}" />\n      <mimeMap fileExtension="${extension}" mimeType="${attribute(type)}" />`,
).join('\n')}
    </staticContent>
    <httpProtocol>
      <customHeaders>
        <remove name="X-Powered-By" />
${Object.entries(headers)
  .map(([name, value]) => `        <add name="${name}" value="${attribute(value)}" />`)
  .join('\n')}
        <add name="Cache-Control" value="${CACHE_CONTROL.revalidate}" />
      </customHeaders>
    </httpProtocol>
    <httpErrors errorMode="Custom" existingResponse="Replace">
      <remove statusCode="404" subStatusCode="-1" />
      <error statusCode="404" path="${base}${NOT_FOUND_PAGE}" responseMode="ExecuteURL" />
    </httpErrors>
    <rewrite>
      <rules>
        <!-- /step is answered by step.html (pre-rendered), without a redirect. -->
        <rule name="Pre-rendered page" stopProcessing="true">
          <match url="^(.*[^/])$" />
          <conditions>
            <add input="{REQUEST_FILENAME}" matchType="IsFile" negate="true" />
            <add input="{REQUEST_FILENAME}.html" matchType="IsFile" />
          </conditions>
          <action type="Rewrite" url="{R:1}.html" />
        </rule>
      </rules>
    </rewrite>
  </system.webServer>
  <location path="${HASHED_ASSETS_DIR}">
    <system.webServer>
      <httpProtocol>
        <customHeaders>
          <remove name="Cache-Control" />
          <add name="Cache-Control" value="${CACHE_CONTROL.hashed}" />
        </customHeaders>
      </httpProtocol>
    </system.webServer>
  </location>
</configuration>
`;
}
