import { screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ALL_STEP, LINK_STEP, MAP_STEP, SUMMARY_STEP } from '../engine/ids.ts';
import { edgeWitnesses, eras } from '../engine/paths.ts';
import { datePlaceholders, longDate } from '../engine/text-dates.ts';
import type { Answer, AnyFlow } from '../engine/types.ts';
import { searchFromAnswers } from '../engine/url-state.ts';
import { walk } from '../engine/walk.ts';
import { loadFindings } from '../i18n/i18n.ts';
import { DATE_LOCALES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { renderRoute } from '../test/render-route.tsx';
import { strings } from '../testing/content-rules.ts';
import { oneSidedDatedSentences } from '../testing/dated-wording.ts';

/**
 * Pages without a clock say the same thing on every day, before a flow's
 * dates and after them: the whole article (also the page without
 * JavaScript), the map and the link reader. Rendered with the real routes
 * for every flow on disk in every language, none may have a sentence that
 * names one of the flow's dates in words true on one side of it only
 * ("Since 1 February 2027, …"; src/testing/dated-wording.ts). The failure
 * lists the sentences.
 */

const flows = Object.values(import.meta.glob<AnyFlow>('../../flows/*/flow.ts', { eager: true, import: 'default' }));
const locales = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });
const localeOf = (lng: string, id: string) => locales[`../../locales/${lng}/${id}.json`];
const linkWords = (lng: string) =>
  (localeOf(lng, 'common') as { supportTools: { link: { label: string; resultHeading: string } } }).supportTools.link;

/** Elements that start a line of their own on a page: their text is never run into the next element's. */
const BLOCKS =
  'address, article, aside, blockquote, caption, dd, details, div, dl, dt, figcaption, footer, form, h1, h2, h3, h4, h5, h6, header, label, legend, li, main, nav, ol, p, pre, section, summary, table, td, th, tr, ul, text';

/** An element's text as a reader meets it: each block on lines of its own, inline elements in their sentence. */
function pageText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const block of copy.querySelectorAll(BLOCKS)) {
    block.prepend('\n');
    block.append('\n');
  }
  return copy.textContent ?? '';
}

/** A flow's dates as a language writes them. */
const datesIn = (flow: AnyFlow, lng: Language) => Object.values(flow.dates ?? {}).map(longDate(DATE_LOCALES[lng]));

/** The sentences on the page now that state a dated change in words true on one side of the date only. */
const oneSided = (flow: AnyFlow, lng: Language) =>
  oneSidedDatedSentences(pageText(document.body), datesIn(flow, lng), lng);

/**
 * A flow's dated findings: those only a day after one of its dates records,
 * and those whose text names a date.
 */
function datedFindings(flow: AnyFlow): Set<string> {
  const [first, ...later] = eras(flow);
  const recorded = (era: NonNullable<typeof first>) =>
    edgeWitnesses(flow, era.reached).flatMap(({ path }) => walk(flow, path, { today: era.today }).findings);
  const before = new Set(first ? recorded(first) : []);
  const dated = new Set(later.flatMap(recorded).filter((finding) => !before.has(finding)));
  for (const lng of LANGUAGES) {
    const findings = (localeOf(lng, flow.id)?.findings ?? {}) as Record<string, unknown>;
    for (const [id, text] of Object.entries(findings))
      if (strings(text).some(([, value]) => datePlaceholders(value).length > 0)) dated.add(id);
  }
  return dated;
}

/**
 * The link to paste in the reader: a witness path, on a day after all the
 * flow's dates, that records the most dated findings (then the most findings).
 */
function datedLink(flow: AnyFlow): {
  readonly day: string;
  readonly answers: readonly Answer[];
  readonly dated: string[];
} {
  const last = eras(flow).at(-1);
  const day = last?.today ?? '2026-01-01';
  const dated = datedFindings(flow);
  let best: { answers: readonly Answer[]; dated: string[]; count: number } = { answers: [], dated: [], count: -1 };
  for (const { path } of edgeWitnesses(flow, last?.reached)) {
    const findings = walk(flow, path, { today: day }).findings;
    const reached = findings.filter((finding) => dated.has(finding));
    const better =
      reached.length > best.dated.length || (reached.length === best.dated.length && findings.length > best.count);
    if (better) best = { answers: path, dated: reached, count: findings.length };
  }
  return { day, answers: best.answers, dated: best.dated };
}

const cases = flows.flatMap((flow) => LANGUAGES.map((lng) => ({ flow, lng, id: flow.id })));

describe('pages without a clock word dated changes to hold before and after the date', () => {
  beforeAll(async () => {
    await Promise.all(flows.flatMap((flow) => LANGUAGES.map((lng) => loadFindings(lng, flow.id))));
  });

  it('finds the flows on disk', () => {
    expect(flows.length).toBeGreaterThan(0);
  });

  // The whole article and the map: each page once per flow and language, with what proves it rendered.
  const pages = cases.flatMap((item) => [
    { ...item, page: ALL_STEP, rendered: 'section.finding' },
    { ...item, page: MAP_STEP, rendered: 'li.support-map__step' },
  ]);
  it.each(pages)(
    'the $page page of $id in $lng',
    async ({ flow, lng, page, rendered }) => {
      await renderRoute(`/${lng}/${flow.id}/${page}`);
      expect(document.querySelectorAll(rendered).length).toBeGreaterThan(0);
      expect(oneSided(flow, lng)).toEqual([]);
    },
    30_000,
  );

  it.each(cases)(
    'the link reader of $id in $lng, reading a link to its dated findings',
    async ({ flow, lng }) => {
      const words = linkWords(lng);
      const { day, answers, dated } = datedLink(flow);
      // The reader walks the link on the agent's day: one after the flow's dates, so the link reaches its dated findings.
      vi.setSystemTime(new Date(`${day}T09:00:00`));
      const { user } = await renderRoute(`/${lng}/${flow.id}/${LINK_STEP}`);
      await user.click(screen.getByLabelText(words.label));
      await user.paste(`https://help.example.com/${lng}/${flow.id}/${SUMMARY_STEP}${searchFromAnswers(answers)}`);
      await user.keyboard('{Enter}');
      const result = await screen.findByRole('region', { name: words.resultHeading });
      // The link reached them: the reader lists each (by its title, linking to it in the article).
      const listed = [...result.querySelectorAll('.support-link__findings a')].map((link) => link.getAttribute('href'));
      for (const finding of dated) expect(listed).toContain(`/${lng}/${flow.id}/${ALL_STEP}#finding-${finding}`);
      expect(oneSided(flow, lng)).toEqual([]);
    },
    30_000,
  );
});
