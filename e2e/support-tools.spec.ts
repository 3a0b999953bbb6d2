/**
 * The support tools of every flow (issue 10), in both languages, derived from
 * the flow and its locale files:
 * - the map (`/{lng}/{flow}/map`): reached from the footer; every node, option,
 *   target, finding and alias is on it; every step link on it answers 200, and
 *   a few open the right step; noindex; axe clean;
 * - the link reader (`/{lng}/{flow}/link`): a summary link in the other
 *   language, with embed=1 and utm_source, read without any request, gives the
 *   findings the summary page shows for it; axe clean before and after reading;
 * - the article (`/{lng}/{flow}/all`): its HTML has no script at all, every
 *   finding is on it, and it works with JavaScript off; axe clean;
 * - a link of another troubleshooter pasted in a link reader: read at once in
 *   that troubleshooter's reader, with only the wizard's own chunks requested.
 * One page load per test (the summary compared with the link reader is a second).
 */
import type { Page, Request } from '@playwright/test';
import { nodeEntries, targetsOf } from '../src/engine/graph.ts';
import { ALL_STEP, LINK_STEP, MAP_STEP } from '../src/engine/ids.ts';
import { languagesFor } from './scope.ts';
import {
  common,
  expect,
  expectNoAxeViolations,
  FIRST_FLOW,
  FLOWS,
  type FlowCase,
  guardRequests,
  heading,
  LANGUAGES,
  type Language,
  languageName,
  otherLanguages,
  query,
  summaryReady,
  test,
} from './support.ts';

/** `{{name}}` placeholders of a UI text filled in. */
const fill = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);

const words = (lng: Language) => common(lng).supportTools;

/** The map's name for a step: the question's title, or "Summary" for the terminal node. */
const stepTitle = (flow: FlowCase, lng: Language, step: string) =>
  step === flow.summaryId ? words(lng).map.summaryStep : flow.title(lng, step);

/** Every question of the flow with its options (definition order). */
const questionsOf = (flow: FlowCase) =>
  nodeEntries(flow.flow).flatMap(([id, node]) => (node.kind === 'question' ? [{ id, options: node.options }] : []));

/** An href on the page, as a path below the base URL (no leading slash), without the hash. */
function belowBase(href: string, page: Page, baseURL: string | undefined): string {
  const url = new URL(href, page.url());
  const base = new URL(baseURL ?? '/').pathname;
  expect(url.pathname.startsWith(base), `${href} is below ${base}`).toBe(true);
  return `${url.pathname.slice(base.length)}${url.search}`;
}

/** Whether the served HTML of a page carries `<meta name="robots" content="noindex">`. */
const NOINDEX = /<meta\s+name="robots"\s+content="noindex"\s*\/?>/;

// Each flow in one language, taking turns (every language with `npm run test:exhaustive`).
for (const [index, flow] of FLOWS.entries()) {
  for (const lng of languagesFor(LANGUAGES, index)) {
    test.describe(`${flow.id} support tools (${lng})`, () => {
      // Many assertions and an axe run or two per page load: more time than one journey step needs.
      test.describe.configure({ timeout: 120_000 });

      test('the map: from the footer, every node, option, target, finding and alias; every step link opens', async ({
        page,
        baseURL,
      }) => {
        const text = flow.text(lng);
        const stepPaths = new Map<string, string>(
          [...Object.keys(flow.flow.nodes), ...flow.aliases.map(([old]) => old)].map((step) => [
            `${lng}/${flow.id}/${step}`,
            step,
          ]),
        );

        await test.step('the footer link "for support staff" leads to the map', async () => {
          await page.goto(flow.startUrl(lng));
          await page
            .getByRole('contentinfo')
            .getByRole('link', { name: words(lng).footerLink, exact: true })
            .click();
          await expect(page).toHaveURL(new RegExp(`/${lng}/${flow.id}/${MAP_STEP}$`));
          await expect(heading(page)).toHaveText(fill(words(lng).map.title, { flow: text.meta.title }));
        });

        await test.step('every node and option in the list, with targets, findings and aliases', async () => {
          const expected = nodeEntries(flow.flow).map(([id, node]) => ({
            id,
            title: stepTitle(flow, lng, id),
            href: `${lng}/${flow.id}/${id}`,
            aliases: flow.aliases.filter(([, to]) => to === id).map(([old]) => `${lng}/${flow.id}/${old}`),
            options:
              node.kind === 'question'
                ? node.options.map((option) => ({
                    label: `${flow.label(lng, id, option.id)}${option.notSure ? ` ${words(lng).map.notSure}` : ''}`,
                    targets: targetsOf(option.next).map((step) => ({
                      text: stepTitle(flow, lng, step),
                      href: `${lng}/${flow.id}/${step}`,
                    })),
                    findings: (option.findings ?? []).map((finding) => ({
                      text: flow.findingTitle(lng, finding),
                      href: `${lng}/${flow.id}/${ALL_STEP}#finding-${finding}`,
                    })),
                  }))
                : [],
          }));
          const base = new URL(baseURL ?? '/').pathname;
          // Read in one go (the findings' titles arrive a moment after a client navigation: polled).
          const onMap = () =>
            page.locator('li.support-map__step').evaluateAll((items, base) => {
              const below = (link: Element | null) => {
                const url = new URL(link?.getAttribute('href') ?? '', window.location.href);
                return `${url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname}${url.search}${url.hash}`;
              };
              const linkOf = (link: Element) => ({ text: link.textContent?.trim() ?? '', href: below(link) });
              return items.map((item) => ({
                id: (item.getAttribute('aria-labelledby') ?? '').replace(/^step-/, ''),
                title: item.querySelector('h3 a')?.textContent?.trim() ?? '',
                href: below(item.querySelector('h3 a')),
                aliases: [...item.querySelectorAll('.support-map__aliases a')].map(below),
                options: [...item.querySelectorAll('tbody tr')].map((row) => ({
                  label: row.querySelector('th')?.textContent?.trim() ?? '',
                  targets: [...(row.querySelectorAll('td')[0]?.querySelectorAll('a') ?? [])].map(linkOf),
                  findings: [...(row.querySelectorAll('td')[1]?.querySelectorAll('a') ?? [])].map(linkOf),
                })),
              }));
            }, base);
          // Every node once (the map's path order is flow-map's business; compared by id here).
          const byId = <T extends { id: string }>(steps: T[]) => [...steps].sort((a, b) => a.id.localeCompare(b.id));
          await expect.poll(async () => byId(await onMap()), { timeout: 15_000 }).toEqual(byId(expected));
          // The picture: one linked box per node.
          await expect(page.locator('svg.support-tree a')).toHaveCount(Object.keys(flow.flow.nodes).length);
        });

        await test.step('every step link on the map (list and picture) answers 200', async () => {
          const hrefs = await page
            .locator('.support-map__steps a, svg.support-tree a')
            .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? link.getAttribute('xlink:href')));
          const paths = new Set(
            hrefs
              .map((href) => belowBase(href ?? '', page, baseURL))
              .filter((path) => !path.startsWith(`${lng}/${flow.id}/${ALL_STEP}`)),
          );
          expect([...paths].sort(), 'the step links: every node and alias').toEqual([...stepPaths.keys()].sort());
          for (const path of paths) {
            const response = await page.request.get(path, { maxRedirects: 0 });
            expect(response.status(), `GET ${path}`).toBe(200);
          }
        });

        await test.step('map and link pages are noindex', async () => {
          for (const step of [MAP_STEP, LINK_STEP]) {
            const html = await (await page.request.get(`${lng}/${flow.id}/${step}`)).text();
            expect(html, `${step}: robots noindex`).toMatch(NOINDEX);
          }
        });

        await test.step('axe: the map', async () => {
          await expectNoAxeViolations(page);
        });

        await test.step('a few step links open their step (the first question, the last, the summary)', async () => {
          const questions = questionsOf(flow);
          const first = questions[0]?.id ?? flow.flow.start;
          const last = questions.at(-1)?.id ?? first;
          for (const step of [first, last, flow.summaryId]) {
            await page.locator(`#step-${step} a`).click();
            await expect(page).toHaveURL(new RegExp(`/${lng}/${flow.id}/${step}(?:[?#]|$)`));
            await expect(heading(page), `the h1 of ${step}`).toHaveText(
              step === flow.summaryId ? common(lng).summary.title : flow.title(lng, step),
            );
            await page.goBack();
            await expect(heading(page)).toHaveText(fill(words(lng).map.title, { flow: text.meta.title }));
          }
        });
      });

      test('the link reader: a summary link in another language, read without a request, gives the summary findings', {
        tag: flow === FIRST_FLOW && lng === LANGUAGES[0] ? '@paths' : [],
      }, async ({ page, context, baseURL }) => {
        const other = otherLanguages(lng)[0] as Language;
        const pairs = flow.richPath;
        const pasted = new URL(
          `${other}/${flow.id}/${flow.summaryId}${query(pairs, [
            ['embed', '1'],
            ['utm_source', 'newsletter'],
          ])}`,
          baseURL,
        ).href;
        const link = words(lng).link;

        await page.goto(`${lng}/${flow.id}/${LINK_STEP}`);
        await expect(heading(page)).toHaveText(link.title);
        const read = page.getByRole('button', { name: link.read, exact: true });
        await expect(read).toBeEnabled();
        await expectNoAxeViolations(page, `${lng}/${flow.id}/${LINK_STEP} (empty)`);

        const requests: Request[] = [];
        const record = (request: Request) => requests.push(request);
        page.on('request', record);
        await page.getByLabel(link.label, { exact: true }).fill(pasted);
        await read.click();
        const result = page.getByRole('region', { name: link.resultHeading, exact: true });
        await expect(result).toBeVisible();
        const findings = result.locator('.support-link__findings li');
        await expect(findings).toHaveCount(new Set(flow.findings(pairs)).size);
        page.off('request', record);
        expect(
          requests.map((request) => request.url()),
          'requests on paste and read',
        ).toEqual([]);

        await expect(result.locator('dd').first()).toHaveText(languageName(other));
        await expect(result).toContainText(link.embedded);
        await expect(result.locator('.support-link__ignored tr', { hasText: 'utm_source=newsletter' })).toContainText(
          link.reasons.tracking,
        );
        await expect(result.locator('.support-link__answers dd')).toHaveText(
          pairs.map(([question, option]) => flow.label(lng, question, option)),
        );
        await expectNoAxeViolations(page, `${lng}/${flow.id}/${LINK_STEP} (after reading)`);

        // The summary page for the pasted URL, in its own language: the same findings (by id).
        const summary = await context.newPage();
        await summary.goto(pasted);
        await summaryReady(summary);
        const summaryTitles = await summary.locator('.finding__title').allTextContents();
        const idOfOtherTitle = new Map(
          Object.keys(flow.flow.findings).map((id) => [flow.findingTitle(other, id), id] as const),
        );
        const summaryIds = summaryTitles.map((title) => idOfOtherTitle.get(title.trim()) ?? `?${title}`);
        expect(summaryIds.length, 'the summary shows findings').toBeGreaterThan(0);
        const readerTitles = (await findings.allTextContents()).map((title) => title.trim());
        expect([...readerTitles].sort(), 'the reader shows the summary page finding titles').toEqual(
          summaryIds.map((id) => flow.findingTitle(lng, id)).sort(),
        );
        await summary.close();
      });

      test('the article: no script in its HTML, every finding, works without JavaScript', async ({
        browser,
        page,
        baseURL,
      }) => {
        const text = flow.text(lng);
        const path = `${lng}/${flow.id}/${ALL_STEP}`;
        const findingIds = Object.keys(flow.flow.findings);

        const response = await page.request.get(path);
        expect(response.status()).toBe(200);
        const html = await response.text();
        expect(html, 'the article HTML').not.toMatch(/<script/i);
        expect(html).not.toMatch(/modulepreload/i);
        for (const id of findingIds) expect(html, `finding ${id} in the HTML`).toContain(`id="finding-${id}"`);

        const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
        try {
          const plain = await noScript.newPage();
          const guard = guardRequests(plain, new URL(baseURL ?? 'http://127.0.0.1/').hostname);
          await plain.goto(path);
          await expect(heading(plain)).toHaveText(text.meta.title);
          const titles = (await plain.locator('.finding__title').allTextContents()).map((title) => title.trim());
          expect([...titles].sort(), 'every finding title, once').toEqual(
            findingIds.map((id) => flow.findingTitle(lng, id)).sort(),
          );
          // Its contents list works without script: in-page links to every finding.
          await expect(plain.locator('nav.contents a[href^="#finding-"]')).toHaveCount(findingIds.length);
          guard.check();
        } finally {
          await noScript.close();
        }
        // axe needs script in the page; the article's DOM is the same either way (it has none of its own).
        await page.goto(path);
        await expect(heading(page)).toHaveText(text.meta.title);
        await expectNoAxeViolations(page);
      });
    });
  }
}

test.describe('the link reader and another troubleshooter', () => {
  test.describe.configure({ timeout: 120_000 });

  test("a link of another troubleshooter is read in that troubleshooter's reader, loading only the wizard's chunks", async ({
    page,
    baseURL,
  }) => {
    const [from, to] = FLOWS;
    if (!from || !to) throw new Error('two troubleshooters are needed');
    const [lng, other] = LANGUAGES as readonly [Language, Language];
    const pairs = to.richPath;
    const pasted = new URL(
      `${other}/${to.id}/${to.summaryId}${query(pairs, [
        ['embed', '1'],
        ['utm_source', 'newsletter'],
      ])}`,
      baseURL,
    ).href;
    const link = words(lng).link;

    await page.goto(`${lng}/${from.id}/${LINK_STEP}`);
    const read = page.getByRole('button', { name: link.read, exact: true });
    await expect(read).toBeEnabled();

    const requests: Request[] = [];
    const record = (request: Request) => requests.push(request);
    page.on('request', record);
    await page.getByLabel(link.label, { exact: true }).fill(pasted);
    await read.click();

    await expect(page).toHaveURL(new RegExp(`/${lng}/${to.id}/${LINK_STEP}$`));
    const result = page.getByRole('region', { name: link.resultHeading, exact: true });
    await expect(result.getByRole('heading', { name: link.resultHeading })).toBeFocused();
    await expect(result.locator('.notice')).toHaveText(fill(link.otherFlow, { flow: to.text(lng).meta.title }));
    // The link need not be pasted again: it is in the field, read.
    await expect(page.getByLabel(link.label, { exact: true })).toHaveValue(pasted);
    await expect(page.getByRole('alert')).toHaveCount(0);
    const findings = result.locator('.support-link__findings li');
    const expected = [...new Set(to.findings(pairs))].map((id) => to.findingTitle(lng, id));
    expect(expected.length, 'the link records findings').toBeGreaterThan(0);
    await expect(findings).toHaveText(expected);
    await expect(result.locator('.support-link__answers dd')).toHaveText(
      pairs.map(([question, option]) => to.label(lng, question, option)),
    );
    page.off('request', record);

    // Only the other troubleshooter's own chunks (its definition and text), fetched as scripts from the wizard.
    const assets = new URL('assets/', baseURL).href;
    const seen = requests.map((request) => `${request.method()} ${request.resourceType()} ${request.url()}`);
    expect(seen.length, 'the other flow is downloaded').toBeGreaterThan(0);
    for (const request of requests) {
      expect(request.method(), request.url()).toBe('GET');
      expect(request.resourceType(), request.url()).toBe('script');
      expect(request.url().startsWith(assets), `${request.url()} is one of the wizard's chunks`).toBe(true);
      expect(request.url(), 'the pasted link is never sent').not.toContain('newsletter');
    }
    await expectNoAxeViolations(page, `${lng}/${to.id}/${LINK_STEP} (handed over)`);

    // Back is the reader it was pasted in, empty: nothing of the other flow carried over.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/${lng}/${from.id}/${LINK_STEP}$`));
    await expect(page.getByLabel(link.label, { exact: true })).toHaveValue('');
    await expect(page.getByRole('region', { name: link.resultHeading, exact: true })).toHaveCount(0);
  });
});
