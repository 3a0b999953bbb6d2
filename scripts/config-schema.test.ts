import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA_FILE, configJsonSchema } from './config-schema.ts';

describe('config.schema.json', () => {
  it('is the file generated from ConfigSchema (run `npm run config:schema` after changing the schema)', () => {
    const committed = JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8'));
    expect(committed).toEqual(configJsonSchema());
  });

  it('keeps the security constraints: no unknown keys, origins and colours by pattern', () => {
    const schema = configJsonSchema() as {
      additionalProperties: boolean;
      properties: Record<
        string,
        {
          items?: { pattern?: string };
          additionalProperties?: boolean;
          properties?: Record<string, { pattern?: string }>;
        }
      >;
    };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.allowedOrigins?.items?.pattern).toBeDefined();
    expect(schema.properties.theme?.additionalProperties).toBe(false);
    const colour = new RegExp(schema.properties.theme?.properties?.accent?.pattern ?? '');
    expect(colour.test('#8a1538')).toBe(true);
    expect(colour.test('red; } body { display: none')).toBe(false);
  });
});
