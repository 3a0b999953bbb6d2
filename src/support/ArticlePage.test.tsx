import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { flowMap } from '../engine/flow-map.ts';
import { plainText } from '../engine/inline-code.ts';
import type { Block, FlowText } from '../engine/locale-shape.ts';
import { fillDates, longDate } from '../engine/text-dates.ts';
import type { AnyFlow, FindingKind, Handoff } from '../engine/types.ts';
import { FLOW_IDS, loadFlow } from '../i18n/flow-registry.ts';
import { loadCommon, loadFindings, loadFlowSteps } from '../i18n/i18n.ts';
import { DATE_LOCALES, LANGUAGES } from '../i18n/languages.ts';
import ArticlePage from './ArticlePage.tsx';

/**
 * The whole-article page of every flow on disk, in every language: every
 * finding and note once, in order, with its steps, commands, check and
 * sources; rendered on the server (renderToString: nothing may wait for
 * hydration, the page ships without script). Every expected word comes from
 * the locale files.
 */

type Common = typeof import('../../locales/en/common.json');

/** The project's root (vitest runs there); jsdom's URL cannot resolve import.meta.url to a path. */
const ROOT = process.cwd();

const json = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

/** A flow's text in a language as the page shows it: the locale file, its dates filled in. */
function flowTextOnDisk(flow: AnyFlow, lng: (typeof LANGUAGES)[number]): FlowText {
  return fillDates(json(`locales/${lng}/${flow.id}.json`) as FlowText, flow.dates ?? {}, longDate(DATE_LOCALES[lng]));
}

const KINDS: readonly FindingKind[] = ['cause', 'check', 'escalation'];

/**
 * The findings in page order: grouped by kind (causes, checks, escalation),
 * each group in the order of the tree (where an option of the flow map's
 * steps, in path order, first records it), then any the tree never records,
 * in the flow's order.
 */
function pageOrder(flow: AnyFlow): string[] {
  const recorded = flowMap(flow).steps.flatMap((step) => step.options.flatMap((option) => option.findings));
  const order = [...new Set([...recorded, ...Object.keys(flow.findings)])];
  return KINDS.flatMap((kind) => order.filter((id) => flow.findings[id]?.kind === kind));
}

/** What a reader sees of an element: without screen-reader-only words and hidden icons. */
/**
 * The flow's own words as the page shows them: without screen-reader-only
 * text and without the "(opens in a new tab)" note the page adds to links.
 */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const added of copy.querySelectorAll('.visually-hidden, [aria-hidden="true"], .new-tab-note')) added.remove();
  return copy.textContent ?? '';
}

/** A text's words as shown: `code` loses its backticks (it is marked up as code instead). */
const blockText = (block: Block) => (typeof block === 'string' ? plainText(block) : plainText(block.text) + block.code);

/** The page as pre-rendering sees it: the server renderer, which never hydrates or runs effects. */
function serverHtml(lng: string, flowId: string): string {
  return renderToString(
    <MemoryRouter initialEntries={[`/${lng}/${flowId}/all`]}>
      <Routes>
        <Route path=":lng/:flowId/all" element={<ArticlePage />} />
      </Routes>
    </MemoryRouter>,
  );
}

// Every flow on disk: the app's own discovery (flows/<id>/flow.ts), checked against the folder.
const flowIds = [...FLOW_IDS];
const cases = flowIds.flatMap((flowId) => LANGUAGES.map((lng) => ({ flowId, lng })));

describe('whole article page', () => {
  const flows = new Map<string, AnyFlow>();
  beforeAll(async () => {
    // What pre-rendering loads for /{lng}/{flow}/all: common text, the flow's steps and its findings.
    for (const flowId of flowIds) flows.set(flowId, await loadFlow(flowId));
    await Promise.all(
      LANGUAGES.flatMap((lng) => [
        loadCommon(lng),
        ...flowIds.flatMap((flowId) => [loadFlowSteps(lng, flowId), loadFindings(lng, flowId)]),
      ]),
    );
  });

  it('covers every flow on disk', () => {
    const onDisk = readdirSync(join(ROOT, 'flows'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'flows', entry.name, 'flow.ts')))
      .map((entry) => entry.name);
    expect(flowIds.toSorted()).toEqual(onDisk.toSorted());
  });

  /** The server-rendered HTML as inert markup (no React in the browser), queried directly: role queries over a page this size are slow in jsdom. */
  function serverPage(lng: string, flowId: string): { html: string; page: HTMLElement } {
    const html = serverHtml(lng, flowId);
    const page = document.createElement('div');
    page.innerHTML = html;
    return { html, page };
  }

  it.each(cases)(
    '$flowId in $lng: every finding once, in order, with its steps, commands, check and sources',
    ({ flowId, lng }) => {
      const flow = flows.get(flowId) as AnyFlow;
      const text = flowTextOnDisk(flow, lng);
      const common = json(`locales/${lng}/common.json`) as Common;
      const { html, page } = serverPage(lng, flowId);

      // Plain HTML: no Copy (or any other) button, no script.
      expect(html).not.toMatch(/<script|<button/);
      expect([...page.querySelectorAll('h1')].map((h) => h.textContent)).toEqual([text.meta.title]);
      expect(page.textContent).toContain(text.start.intro);
      const listed = [...page.querySelectorAll('.bullet-list li')].map((li) => li.textContent);
      for (const symptom of text.start.symptoms) expect(listed).toContain(symptom);

      const order = pageOrder(flow);
      // Each finding's heading once, in order; nothing else at that level.
      expect([...page.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(
        order.map((id) => text.findings[id]?.title),
      );

      for (const id of order) {
        const finding = text.findings[id];
        if (!finding) throw new Error(`${flowId}: no text for finding ${id}`);
        const heading = page.querySelector(`#finding-${id}`);
        const section = heading?.closest('section.finding') as HTMLElement;
        expect(section, id).toBeTruthy();
        // The contents list links to it, once.
        expect(page.querySelectorAll(`nav a[href="#finding-${id}"]`)).toHaveLength(1);
        expect(visibleText(section.querySelector('.finding__problem') as Element)).toBe(plainText(finding.problem));
        const steps = [...section.querySelectorAll('.step-list > li')].map(visibleText);
        expect(steps, id).toEqual(finding.steps.map(blockText));
        // Commands as selectable code blocks, each exactly as written.
        const codes = finding.steps.flatMap((block) => (typeof block === 'string' ? [] : [block.code]));
        expect([...section.querySelectorAll('pre > code')].map((code) => code.textContent)).toEqual(codes);
        if (finding.verify) {
          expect([...section.querySelectorAll('h4')].map((h) => h.textContent)).toContain(common.summary.checkHeading);
          expect(visibleText(section)).toContain(plainText(finding.verify));
        }
        const sources = [...section.querySelectorAll('.link-list a')].map((a) => ({
          label: visibleText(a).trim(),
          href: a.getAttribute('href'),
        }));
        expect(sources, id).toEqual(finding.links ?? []);
        const handoff = flow.findings[id]?.handoff as Handoff | undefined;
        if (handoff && finding.handoff) {
          const links = [...section.querySelectorAll('a')].filter((a) => a.textContent === finding.handoff);
          expect(links.map((a) => a.getAttribute('href'))).toEqual([`/${lng}/${handoff.flow}/`]);
        }
      }

      // Every note once, under the first finding on the page that has it (`covers` is for the
      // summary only: a reader may land on any finding of the article).
      const warnings = [...page.querySelectorAll('.warning-text')];
      const notesShown = new Set<string>();
      for (const id of order) {
        for (const note of (flow.findings[id]?.notes ?? []) as readonly string[]) {
          if (notesShown.has(note)) continue;
          notesShown.add(note);
          const noteText = text.notes?.[note] as string;
          const matches = warnings.filter((warning) => visibleText(warning).trim() === noteText);
          expect(matches, note).toHaveLength(1);
          expect(page.querySelector(`#finding-${id}`)?.closest('section.finding')).toContainElement(
            matches[0] as HTMLElement,
          );
          // Screen readers hear it as a warning.
          expect(matches[0]?.textContent).toContain(common.summary.warning);
        }
      }
      expect(warnings).toHaveLength(notesShown.size);
    },
    30_000,
  );

  it.each(cases)(
    '$flowId in $lng: groups, contents, who can help and the way into the troubleshooter',
    ({ flowId, lng }) => {
      const flow = flows.get(flowId) as AnyFlow;
      const text = flowTextOnDisk(flow, lng);
      const common = json(`locales/${lng}/common.json`) as Common;
      const { page } = serverPage(lng, flowId);

      const kinds = KINDS.filter((kind) => Object.values(flow.findings).some((finding) => finding.kind === kind));
      const groupHeading: Record<FindingKind, string> = {
        cause: common.article.causesHeading,
        check: common.article.checksHeading,
        escalation: text.summary.escalationHeading,
      };
      const groups = [...page.querySelectorAll('section > h2')];
      expect(groups.map((heading) => heading.textContent)).toEqual(
        [...new Set([...kinds, 'escalation' as const])].map((kind) => groupHeading[kind]),
      );
      // Each finding's h3 sits in its kind's group.
      for (const [id, finding] of Object.entries(flow.findings)) {
        const group = page.querySelector(`#finding-${id}`)?.closest('section.article__group');
        expect(group?.querySelector('h2')?.textContent, id).toBe(groupHeading[finding.kind]);
      }
      const nav = page.querySelector('nav') as HTMLElement;
      expect(page.querySelector(`#${nav.getAttribute('aria-labelledby')}`)?.textContent).toBe(
        common.article.contentsHeading,
      );
      // Who can help: generic words, since the deployer's desk (config.json) is known only to a script.
      const escalation = page.querySelector('#article-escalation')?.closest('section') as HTMLElement;
      expect([...escalation.querySelectorAll('p')].map((p) => p.textContent)).toContain(common.article.supportDesk);
      const start = [...page.querySelectorAll('a')].filter((a) => a.textContent === common.article.startLink);
      expect(start.map((a) => a.getAttribute('href'))).toEqual([`/${lng}/${flowId}/${flow.start}`]);
    },
    30_000,
  );

  it('renders the same in the browser, and takes the wizard state from the route when given none', async () => {
    const [flowId = '', lng = 'en'] = [flowIds[0], LANGUAGES[0]];
    const expected = serverHtml(lng, flowId);
    await act(async () => {
      render(
        <MemoryRouter initialEntries={[`/${lng}/${flowId}/all`]}>
          <Routes>
            <Route path=":lng/:flowId/all" element={<ArticlePage />} />
          </Routes>
        </MemoryRouter>,
      );
    });
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    const server = document.createElement('div');
    server.innerHTML = expected;
    expect(headings).toEqual([...server.querySelectorAll('h3')].map((h) => h.textContent));
    expect(screen.queryAllByRole('button')).toHaveLength(0);
  }, 30_000);
});
