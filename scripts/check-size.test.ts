import { describe, expect, it } from 'vitest';
import { initialScripts } from './check-size.ts';

describe('initialScripts', () => {
  it('counts the module script, the preloaded chunks and the startup imports, each once', () => {
    const html = `<head>
      <script type="module" crossorigin src="/help/assets/index-a.js"></script>
      <link rel="stylesheet" href="/help/assets/index-a.css">
      <link rel="modulepreload" href="/help/assets/common-b.js" />
      <link rel="modulepreload" href="/help/assets/index-a.js" />
    </head>`;
    const manifest = { 'src/config/runtime-config.ts': { file: 'assets/runtime-config-c.js' } };
    expect(initialScripts(html, manifest, '/help/')).toEqual([
      'assets/index-a.js',
      'assets/common-b.js',
      'assets/runtime-config-c.js',
    ]);
  });
});
