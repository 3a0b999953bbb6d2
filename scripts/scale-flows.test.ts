import { describe, expect, it } from 'vitest';
import { compareLocales } from '../src/engine/locale-check.ts';
import { validate } from '../src/engine/validate.ts';
import { ROOT } from './flows-on-disk.ts';
import { generateFlow, vocabulary } from './scale-flows.ts';

const vocabularies = { en: vocabulary(ROOT, 'en'), nl: vocabulary(ROOT, 'nl') };

describe('generateFlow', () => {
  it.each([0, 1, 4, 29])(
    'makes a valid flow of 8–12 questions with the same text shape in every language (%i)',
    async (index) => {
      const flow = generateFlow(index, vocabularies);
      const module = (await import(
        `data:text/javascript,${encodeURIComponent(flow.source.replace(/^import .*\n/, 'const defineFlow = (flow) => flow;\n'))}`
      )) as { default: Parameters<typeof validate>[0] };
      expect(validate(module.default)).toEqual([]);
      expect(flow.questions).toBeGreaterThanOrEqual(8);
      expect(flow.questions).toBeLessThanOrEqual(12);
      expect(JSON.stringify(flow.locales.en).length).toBeGreaterThan(25_000);
      expect(compareLocales({ en: flow.locales.en, nl: flow.locales.nl }, flow.id)).toEqual([]);
    },
  );

  it('is deterministic', () => {
    expect(generateFlow(3, vocabularies)).toEqual(generateFlow(3, vocabularies));
  });
});
