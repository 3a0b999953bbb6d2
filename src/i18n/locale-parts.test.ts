import { describe, expect, it } from 'vitest';
import { ALL_STEP, LINK_STEP, MAP_STEP } from '../engine/ids.ts';
import { findingsLoaded, loadFindings } from './i18n.ts';
import { findingsPartAtStart, localePart } from './locale-parts.ts';

const file = {
  meta: { title: 'Printer', description: 'Prints nothing' },
  questions: { power: { title: 'Is it on?' } },
  findings: {
    cable: { title: 'The cable is loose', body: 'Plug it in.', steps: ['One', 'Two'] },
    toner: { title: 'No toner', body: 'Replace it.' },
  },
  notes: { retired: 'Gone' },
};

describe('locale parts', () => {
  it('splits a flow file into the step text and the findings, nothing lost and nothing twice', () => {
    const steps = localePart(file, 'steps');
    const findings = localePart(file, 'findings');
    expect(Object.keys(steps).sort()).toEqual(['meta', 'questions']);
    expect(findings).toEqual({ findings: file.findings, notes: file.notes });
  });

  it('gives the map the findings’ titles and none of their other text', () => {
    expect(localePart(file, 'titles')).toEqual({
      findings: { cable: { title: 'The cable is loose' }, toner: { title: 'No toner' } },
    });
    expect(localePart({ meta: {} }, 'titles')).toEqual({ findings: {} });
  });

  it('loads the titles before the map renders, all findings before the article, nothing for other pages', () => {
    expect(findingsPartAtStart(MAP_STEP)).toBe('titles');
    expect(findingsPartAtStart(ALL_STEP)).toBe('findings');
    for (const step of [LINK_STEP, 'summary', 'symptom', 'constructor', '__proto__', undefined])
      expect(findingsPartAtStart(step)).toBeUndefined();
  });
});

describe('loading the findings', () => {
  it('counts titles as loaded once the whole findings are, but not the other way round', async () => {
    await loadFindings('en', 'sspr-user', 'titles');
    expect(findingsLoaded('en', 'sspr-user', 'titles')).toBe(true);
    expect(findingsLoaded('en', 'sspr-user')).toBe(false);
    await loadFindings('nl', 'sspr-user');
    expect(findingsLoaded('nl', 'sspr-user')).toBe(true);
    expect(findingsLoaded('nl', 'sspr-user', 'titles')).toBe(true);
  });
});
