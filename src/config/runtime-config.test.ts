import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from './config-defaults.ts';
import { normalizeOrigin, parseConfig, themeCss } from './runtime-config.ts';

describe('parseConfig', () => {
  it('reads a complete, valid config without warnings', () => {
    const { config, warnings } = parseConfig({
      $schema: './config.schema.json',
      allowedOrigins: ['https://intranet.example.com', 'http://localhost:8080'],
      support: {
        name: 'IT Servicedesk',
        email: 'servicedesk@example.com',
        phone: '+31 20 123 4567',
        url: 'https://help.example.com',
      },
      defaultLanguage: 'en',
      theme: { accent: '#8a1538', link: 'rgb(10, 20, 30)' },
    });
    expect(warnings).toEqual([]);
    expect(config).toEqual({
      allowedOrigins: ['https://intranet.example.com', 'http://localhost:8080'],
      support: {
        name: 'IT Servicedesk',
        email: 'servicedesk@example.com',
        phone: '+31 20 123 4567',
        url: 'https://help.example.com',
      },
      defaultLanguage: 'en',
      theme: { accent: '#8a1538', link: 'rgb(10, 20, 30)' },
    });
  });

  it('falls back to the defaults, with a warning, for anything that is not an object', () => {
    for (const junk of [null, 'text', 42, [1, 2]]) {
      const { config, warnings } = parseConfig(junk);
      expect(config).toEqual(DEFAULT_CONFIG);
      expect(warnings).toHaveLength(1);
    }
  });

  it('never accepts a wildcard, a path or a non-web scheme as an allowed origin', () => {
    const { config, warnings } = parseConfig({
      allowedOrigins: [
        '*',
        'https://ok.example.com',
        'https://x.example.com/path',
        'javascript:alert(1)',
        42,
        'https://ok2.example.com/',
      ],
    });
    expect(config.allowedOrigins).toEqual(['https://ok.example.com', 'https://ok2.example.com']);
    expect(warnings).toHaveLength(4);
  });

  it('drops theme values that are not colours, so config cannot inject CSS', () => {
    const { config, warnings } = parseConfig({
      theme: {
        accent: 'red; } body { display: none',
        link: '#12345g',
        background: 'hsl(200 50% 10%)',
        unknown: '#fff',
      },
    });
    expect(config.theme).toEqual({ background: 'hsl(200 50% 10%)' });
    expect(warnings).toHaveLength(3);
  });

  it('keeps the valid support fields and reports the others', () => {
    const { config, warnings } = parseConfig({
      support: { name: 'Desk', email: 'not-an-email', url: 'ftp://x', phone: '' },
    });
    expect(config.support).toEqual({ name: 'Desk' });
    expect(warnings).toHaveLength(3);
  });

  it('reports an unsupported default language and unknown keys', () => {
    const { config, warnings } = parseConfig({ defaultLanguage: 'fr', colour: 'blue' });
    expect(config.defaultLanguage).toBe('nl');
    expect(warnings).toEqual(['defaultLanguage: must be "nl" or "en"; using "nl"', 'colour: unknown key; ignored']);
  });

  it('reports every unknown key, not just the first of each object', () => {
    const { config, warnings } = parseConfig({ colour: 'blue', size: 2, theme: { a: '#fff', b: '#000', link: 'red' } });
    expect(config.theme).toEqual({ link: 'red' });
    expect(warnings.map((warning) => warning.split(':')[0]).sort()).toEqual(['colour', 'size', 'theme.a', 'theme.b']);
  });

  it('names each bad value by its key path', () => {
    const { warnings } = parseConfig({
      allowedOrigins: ['https://ok.example.com', '*'],
      support: { email: 'not-an-email', fax: '1' },
      theme: { accent: 'url(x)' },
    });
    expect(warnings).toEqual([
      'allowedOrigins.1: "*" is not an origin (scheme://host[:port], no path, no "*"); ignored',
      'support.email: is not an email address; ignored',
      'support.fax: unknown key; ignored',
      'theme.accent: "url(x)" is not a CSS colour; ignored',
    ]);
  });

  it('reports a section of the wrong type and uses its default', () => {
    const { config, warnings } = parseConfig({ allowedOrigins: 'https://a.example.com', support: ['x'], theme: 'red' });
    expect(config).toEqual(DEFAULT_CONFIG);
    expect(warnings.map((warning) => warning.split(':')[0])).toEqual(['allowedOrigins', 'support.0', 'theme']);
  });

  it('gives the defaults for an empty file, trims values and accepts colours in any case', () => {
    expect(parseConfig({})).toEqual({ config: DEFAULT_CONFIG, warnings: [] });
    const { config, warnings } = parseConfig({
      support: { name: '  Desk ', phone: '   ' },
      theme: { accent: ' #ABCDEF ', link: 'RGB(1, 2, 3)', text: 'OKLCH(50% 0.1 200)' },
    });
    expect(config.support).toEqual({ name: 'Desk' });
    expect(config.theme).toEqual({ accent: '#ABCDEF', link: 'RGB(1, 2, 3)', text: 'OKLCH(50% 0.1 200)' });
    expect(warnings).toEqual(['support.phone: must be a non-empty string; ignored']);
  });

  it('accepts the shipped config.json and its defaults', async () => {
    const { readFileSync } = await import('node:fs');
    const shipped = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8'));
    expect(parseConfig(shipped).warnings).toEqual([]);
  });
});

describe('normalizeOrigin', () => {
  it('keeps scheme, host and port', () => {
    expect(normalizeOrigin('https://a.example.com:8443')).toBe('https://a.example.com:8443');
    expect(normalizeOrigin('https://a.example.com:443')).toBe('https://a.example.com');
    expect(normalizeOrigin('https://*.example.com')).toBeUndefined();
    expect(normalizeOrigin('https://a.example.com/?q=1')).toBeUndefined();
    expect(normalizeOrigin('not a url')).toBeUndefined();
  });
});

describe('themeCss', () => {
  it('writes custom properties on :root, or nothing', () => {
    expect(themeCss({ accent: '#000', focus: 'gold' })).toBe(':root { --wizard-accent: #000; --wizard-focus: gold; }');
    expect(themeCss({})).toBe('');
  });
});
