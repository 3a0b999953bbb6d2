import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policyWithoutFrameAncestors } from './deploy/headers.mjs';
import { inlineStyleHash, inlineStyleText, minifyStyles, STYLE_SOURCE, styleHashSource } from './inline-style.mjs';
import { inlineStylesheet, stylesheetHref } from './prerender.ts';

/** A source tree holding only a stylesheet. */
function tree(css: string): string {
  const root = mkdtempSync(join(tmpdir(), 'inline-style-'));
  mkdirSync(join(root, 'src/app'), { recursive: true });
  writeFileSync(join(root, STYLE_SOURCE), css);
  return root;
}

describe('the inline styles', () => {
  it('are the source minified, and their hash is the CSP source of exactly those UTF-8 bytes', () => {
    const root = tree('/* a comment */\nbody {\n  margin: 0;\n}\n.quote::before { content: "“"; }\n');
    expect(inlineStyleText(root)).toBe('body{margin:0}.quote:before{content:"“"}');
    // What a browser computes for <style>…</style>: sha256 of the text's UTF-8 bytes, base64.
    const expected = createHash('sha256').update(Buffer.from('body{margin:0}.quote:before{content:"“"}', 'utf8'));
    expect(inlineStyleHash(root)).toBe(`'sha256-${expected.digest('base64')}'`);
  });

  it('change hash with any change to the rules, and not with comments or spacing', () => {
    const hash = (css: string) => styleHashSource(minifyStyles(css));
    expect(hash('a { color: red }')).toBe(hash('/* x */ a{color:red}\n'));
    expect(hash('a { color: red }')).not.toBe(hash('a { color: blue }'));
  });

  it('refuse text that would end the <style> early or a url() resolved against the page', () => {
    expect(() => minifyStyles('a::after { content: "</style><script>" }')).toThrow(/<\/style/);
    expect(() => minifyStyles('a { background: url(/x.png) }')).toThrow(/url\(\)/);
    expect(minifyStyles('a { background: url("data:image/gif;base64,R0lGODlhAQABAAAAACw=") }')).toContain('data:');
  });

  it('are allowed by the policy every config writes, which keeps the site’s own stylesheets', () => {
    expect(policyWithoutFrameAncestors()).toContain(`style-src 'self' ${inlineStyleHash()};`);
    expect(policyWithoutFrameAncestors([])).toContain("style-src 'self';");
  });
});

describe('a page template with its stylesheet inline', () => {
  const template = `<head>\n    <title>t</title>\n    <link rel="stylesheet" crossorigin href="/help/assets/index-abc.css">\n  </head>`;

  it('has one <style> naming the stylesheet, and the stylesheet for readers without JavaScript', () => {
    expect(stylesheetHref(template)).toBe('/help/assets/index-abc.css');
    const html = inlineStylesheet(template, 'body{margin:0}');
    expect(html).toContain('<style data-href="/help/assets/index-abc.css">body{margin:0}</style>');
    expect(html).toContain('<noscript><link rel="stylesheet" href="/help/assets/index-abc.css" /></noscript>');
    expect(html.match(/<link rel="stylesheet"/g)).toHaveLength(1);
  });

  it('is refused when the build wrote no stylesheet or several', () => {
    expect(() => stylesheetHref('<head></head>')).toThrow(/0 stylesheet links/);
    const two = template.replace('</head>', '<link rel="stylesheet" href="/b.css"></head>');
    expect(() => stylesheetHref(two)).toThrow(/2 stylesheet links/);
  });
});
