import { describe, expect, it } from 'vitest';
import { initialScripts } from './check-size.ts';

describe('initialScripts', () => {
  it('counts the module script, the startup imports with theirs, and the language’s step text, each once', () => {
    const html = `<head>
      <script type="module" crossorigin src="/help/assets/index-a.js"></script>
      <link rel="stylesheet" href="/help/assets/index-a.css">
    </head>`;
    const manifest = {
      'index.html': { file: 'assets/index-a.js' },
      'src/start.tsx': { file: 'assets/start-d.js', imports: ['_shared.js', 'index.html'] },
      '_shared.js': { file: 'assets/shared-e.js' },
      'src/config/runtime-config.ts': { file: 'assets/runtime-config-c.js', imports: ['_shared.js'] },
      'locales/nl/common.json': { file: 'assets/common-nl.js' },
      'locales/en/common.json': { file: 'assets/common-en.js' },
      '\0locale-part:/x/locales/nl/sspr-admin.json?part=steps': { file: 'assets/steps-nl.js' },
      '\0locale-part:/x/locales/nl/sspr-admin.json?part=findings': { file: 'assets/findings-nl.js' },
    };
    expect(initialScripts(html, manifest, '/help/', 'nl')).toEqual([
      'assets/index-a.js',
      'assets/start-d.js',
      'assets/shared-e.js',
      'assets/runtime-config-c.js',
      'assets/common-nl.js',
      'assets/steps-nl.js',
    ]);
  });
});
