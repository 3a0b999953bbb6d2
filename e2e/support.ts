/**
 * Shared helpers for the end-to-end tests: every flow on disk with its locale
 * texts (so tests derive what they expect instead of copying it), journeys
 * found from each flow's graph, URL builders, the "answer a question" action,
 * axe, and a guard that fails any test whose page talked to another host or
 * logged an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { loadFlowsFromDisk } from '../scripts/flows-on-disk.ts';
import { datesReached, nodeEntries, nodeOf, questionIds as questionIdsOf, resolveNext } from '../src/engine/graph.ts';
import * as ids from '../src/engine/ids.ts';
import type { FlowText } from '../src/engine/locale-shape.ts';
import { type PlannedFinding, planSummary } from '../src/engine/summary-plan.ts';
import { fillDates, longDate } from '../src/engine/text-dates.ts';
import type { Answer, AnyFlow, FindingKind } from '../src/engine/types.ts';
import { type WalkContext, walk } from '../src/engine/walk.ts';
import { DATE_LOCALES, LANGUAGES, type Language, languageName } from '../src/i18n/languages.ts';
import { coverOptions } from '../src/testing/cover-options.ts';

export { expect, LANGUAGES, type Language, languageName };

/** The repository root (e2e/..). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The sub-path the site under test was built for (BASE_PATH), ending in `/`: `/` for the root run. */
export const SITE_BASE = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/**
 * The day every test's browser believes it is (its clock is fixed to it), and
 * the day the tests' own walks use: the suite gives the same results whenever
 * it runs. Tests of dated advice set another day themselves.
 */
export const TODAY: WalkContext = { today: '2026-12-07' };

/** Fixes the page's clock (Date only; timers keep running) to the morning of `day`. */
export async function setDay(page: Page, { today }: WalkContext): Promise<void> {
  await page.clock.setFixedTime(new Date(`${today}T09:00:00`));
}

/** The day before `day` (for "the last day of the old advice"). */
export function dayBefore({ today }: WalkContext): WalkContext {
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return { today: date.toISOString().slice(0, 10) };
}

/** The UI's own step ids: the summary (every flow's one terminal node) and the pages after it. */
export const SUMMARY_STEP: string = ids.SUMMARY_STEP;
export const DONE_STEP: string = ids.DONE_STEP;
export const MORE_HELP_STEP: string = ids.MORE_HELP_STEP;

// ---------------------------------------------------------------------------
// Locale texts

export type CommonText = typeof import('../locales/en/common.json');

/** A flow's locale file, as the UI reads it (ids as plain strings): the engine's valibot schema's type. */
export type { FlowText };

const cache = new Map<string, unknown>();

export function readLocale<T>(lng: string, ns: string): T {
  const key = `${lng}/${ns}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${ns}.json`), 'utf8')));
  return cache.get(key) as T;
}

export const common = (lng: Language): CommonText => readLocale<CommonText>(lng, 'common');

/** The other languages (for the language switch). */
export const otherLanguages = (lng: Language): Language[] => LANGUAGES.filter((other) => other !== lng);

// ---------------------------------------------------------------------------
// URLs

/** Answers as `[question, option]` pairs, the way a URL holds them. */
export type Pairs = readonly (readonly [string, string])[];

export const toAnswers = (pairs: Pairs): Answer[] => pairs.map(([question, option]) => ({ question, option }));

/** `?q=o&…` in the given order, or '' for no answers. */
export function query(pairs: Pairs, extra: Pairs = []): string {
  const params = new URLSearchParams();
  for (const [name, value] of [...pairs, ...extra]) params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

// ---------------------------------------------------------------------------
// Every flow, as the tests see it

/** One path through a flow on a day: the answers in order, ending on the summary. */
export interface Journey {
  readonly pairs: Pairs;
  readonly day: WalkContext;
}

/** One titled group of the summary: its heading and the titles of its findings, in page order. */
export interface SummaryGroup {
  readonly heading: string;
  readonly titles: readonly string[];
}

/** A flow with everything the tests derive from it and its locale files. */
export interface FlowCase {
  readonly id: string;
  readonly flow: AnyFlow;
  text(lng: Language): FlowText;
  /** A relative URL (no leading slash, so a BASE_PATH sub-path works). */
  stepUrl(lng: Language, step: string, pairs?: Pairs, extra?: Pairs): string;
  startUrl(lng: Language): string;
  /** Every question id, in definition order. */
  readonly questionIds: readonly string[];
  /** The id of the terminal (summary) node. */
  readonly summaryId: string;
  /** The flow's dates by name (ISO days). */
  readonly dates: Readonly<Record<string, string>>;
  /** The days that differ in routing: today, and either side of each of the flow's dates. */
  readonly days: readonly WalkContext[];
  /** Every old step id with the step it now redirects to. */
  readonly aliases: readonly (readonly [string, string])[];
  /** An option's label, a question's title. */
  label(lng: Language, question: string, option: string): string;
  title(lng: Language, question: string): string;
  findingTitle(lng: Language, finding: string): string;
  /** Where the flow goes after these answers (first unanswered question, or the summary). */
  currentStep(pairs: Pairs, day?: WalkContext): string;
  /** The findings these answers record, in walk order. */
  findings(pairs: Pairs, day?: WalkContext): readonly string[];
  /** The finding titles the summary shows, in page order (lead, also, escalation). */
  findingTitles(lng: Language, pairs: Pairs, day?: WalkContext): string[];
  /** The summary's groups for these answers, as summary-plan orders them; empty groups left out. */
  summaryGroups(lng: Language, pairs: Pairs, day?: WalkContext): SummaryGroup[];
  /** The ids of the shared notes the summary shows (each once), in page order. */
  summaryNotes(pairs: Pairs, day?: WalkContext): string[];
  /** A shortest plausible list of earlier answers leading to `target` on `day` ([] for the start). */
  answersToReach(target: string, day?: WalkContext): [string, string][];
  /** The day on which `question` is asked: today, or the first other day of `days` on which it is. */
  dayToAsk(question: string): WalkContext;
  /** Every complete path on `day`. */
  paths(day?: WalkContext): readonly Pairs[];
  /**
   * Journeys that together choose every option of every question at least
   * once (on a day it is asked): edge coverage of the flow graph.
   */
  readonly journeys: readonly Journey[];
  /** A complete path today with findings of as many kinds and notes as possible, and the most findings. */
  readonly richPath: Pairs;
  /** A flow date as the app writes it in `lng` (1 February 2027). */
  dateText(lng: Language, name: string): string;
  /** A text with its `{date:<name>}` placeholders filled in as the app shows them in `lng`. */
  withDates(lng: Language, text: string): string;
}

const MAX_PATHS = 20_000;

function flowCase(flow: AnyFlow): FlowCase {
  const id = flow.id;
  const dates: Readonly<Record<string, string>> = flow.dates ?? {};
  // The text as pages show it: dates written out in the language's format (filled at build time).
  const filled = new Map<Language, FlowText>();
  const text = (lng: Language) => {
    const known = filled.get(lng) ?? fillDates(readLocale<FlowText>(lng, id), dates, longDate(DATE_LOCALES[lng]));
    filled.set(lng, known);
    return known;
  };
  const questionIds = questionIdsOf(flow);
  const summaryId = nodeEntries(flow).find(([, node]) => node.kind === 'terminal')?.[0] ?? SUMMARY_STEP;

  // One day per routing era: today first, then either side of each date.
  const days: WalkContext[] = [];
  const eras = new Set<string>();
  for (const day of [TODAY, ...Object.values(dates).flatMap((date) => [dayBefore({ today: date }), { today: date }])]) {
    const era = [...datesReached(flow, day.today)].sort().join('|');
    if (eras.has(era)) continue;
    eras.add(era);
    days.push(day);
  }

  const walkOf = (pairs: Pairs, day: WalkContext = TODAY) => walk(flow, toAnswers(pairs), day);
  const plan = (pairs: Pairs, day: WalkContext = TODAY) => planSummary(flow, walkOf(pairs, day).findings);
  const findingTitle = (lng: Language, finding: string) => text(lng).findings[finding]?.title ?? finding;
  const titlesOf = (lng: Language, items: readonly PlannedFinding[]) => items.map((item) => findingTitle(lng, item.id));

  const pathCache = new Map<string, Pairs[]>();
  const paths = (day: WalkContext = TODAY): Pairs[] => {
    const cached = pathCache.get(day.today);
    if (cached) return cached;
    const reached = datesReached(flow, day.today);
    const found: Pairs[] = [];
    const visit = (at: string, pairs: [string, string][], known: Map<string, string>) => {
      if (found.length >= MAX_PATHS) return;
      const node = nodeOf(flow, at);
      if (node?.kind === 'terminal') found.push(pairs);
      if (node?.kind !== 'question' || known.has(at)) return;
      for (const option of node.options) {
        const next = new Map(known).set(at, option.id);
        visit(resolveNext(option.next, next, reached), [...pairs, [at, option.id]], next);
      }
    };
    visit(flow.start, [], new Map());
    pathCache.set(day.today, found);
    return found;
  };

  /** Questions whose answers steer a branch: they make two visits to the same node differ. */
  const branchQuestions = [
    ...new Set(
      nodeEntries(flow).flatMap(([, node]) =>
        node.kind === 'question'
          ? node.options.flatMap((option) =>
              typeof option.next === 'string' ? [] : option.next.when.map((rule) => rule.question),
            )
          : [],
      ),
    ),
  ];

  const answersToReach = (target: string, day: WalkContext = TODAY): [string, string][] => {
    const reached = datesReached(flow, day.today);
    const queue: { at: string; pairs: [string, string][] }[] = [{ at: flow.start, pairs: [] }];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const { at, pairs } = queue.shift() as { at: string; pairs: [string, string][] };
      if (at === target) return pairs;
      const known = new Map(pairs);
      const key = `${at}|${branchQuestions.map((question) => known.get(question) ?? '').join('|')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const node = nodeOf(flow, at);
      if (node?.kind !== 'question') continue;
      for (const option of node.options) {
        const next = new Map(known).set(at, option.id);
        queue.push({ at: resolveNext(option.next, next, reached), pairs: [...pairs, [at, option.id]] });
      }
    }
    throw new Error(`${id}: no path to ${target} on ${day.today}`);
  };

  const dayToAsk = (question: string): WalkContext => {
    for (const day of days)
      try {
        answersToReach(question, day);
        return day;
      } catch {}
    throw new Error(`${id}: ${question} is never asked`);
  };

  // Edge coverage: greedily the journey that chooses the most options not yet chosen (today's first on a tie).
  let journeys: Journey[] | undefined;
  const coverJourneys = (): Journey[] =>
    coverOptions(
      days.flatMap((day) => paths(day).map((pairs) => ({ pairs, day }))),
      ({ pairs }) => pairs.map(([question, option]) => `${question}=${option}`),
    );

  let rich: Pairs | undefined;
  const richPath = (): Pairs => {
    const score = (pairs: Pairs) => {
      const findings = walkOf(pairs).findings;
      const kinds = new Set(findings.map((finding) => flow.findings[finding]?.kind as FindingKind | undefined));
      const notes = new Set(findings.flatMap((finding) => flow.findings[finding]?.notes ?? []));
      return [kinds.size, notes.size, findings.length];
    };
    let best: Pairs = [];
    let bestScore = [-1, -1, -1];
    for (const pairs of paths(TODAY)) {
      const candidate = score(pairs);
      const better = candidate.findIndex((value, at) => value !== bestScore[at]);
      if (better !== -1 && (candidate[better] as number) > (bestScore[better] as number)) {
        best = pairs;
        bestScore = candidate;
      }
    }
    return best;
  };

  const format = (lng: Language) => longDate(DATE_LOCALES[lng]);

  return {
    id,
    flow,
    text,
    stepUrl: (lng, step, pairs = [], extra = []) => `${lng}/${id}/${step}${query(pairs, extra)}`,
    startUrl: (lng) => `${lng}/${id}/`,
    questionIds,
    summaryId,
    dates,
    days,
    aliases: Object.entries((flow.aliases ?? {}) as Readonly<Record<string, string>>),
    label: (lng, question, option) => text(lng).questions[question]?.options[option]?.label ?? `${question}=${option}`,
    title: (lng, question) => text(lng).questions[question]?.title ?? question,
    findingTitle,
    currentStep: (pairs, day) => walkOf(pairs, day).current,
    findings: (pairs, day) => walkOf(pairs, day).findings,
    findingTitles(lng, pairs, day) {
      const { lead, also, escalation } = plan(pairs, day);
      return titlesOf(lng, [...(lead ? [lead] : []), ...also, ...escalation]);
    },
    summaryGroups(lng, pairs, day) {
      const words = common(lng).summary;
      const { lead, also, escalation } = plan(pairs, day);
      const groups: SummaryGroup[] = [
        { heading: words.leadHeading, titles: titlesOf(lng, lead ? [lead] : []) },
        { heading: lead ? words.alsoHeading : words.checksHeading, titles: titlesOf(lng, also) },
        { heading: text(lng).summary.escalationHeading, titles: titlesOf(lng, escalation) },
      ];
      return groups.filter((group) => group.titles.length > 0);
    },
    summaryNotes(pairs, day) {
      const { lead, also, escalation } = plan(pairs, day);
      return [...(lead ? [lead] : []), ...also, ...escalation].flatMap(({ notes }) => notes);
    },
    answersToReach,
    dayToAsk,
    paths,
    get journeys() {
      journeys ??= coverJourneys();
      return journeys;
    },
    get richPath() {
      rich ??= richPath();
      return rich;
    },
    dateText: (lng, name) => format(lng)(dates[name] ?? name),
    withDates: (lng, value) => fillDates(value, dates, format(lng)),
  };
}

/** Every flow on disk (flows/<id>/flow.ts), sorted by id: the suite runs over each of them. */
export const FLOWS: readonly FlowCase[] = (await loadFlowsFromDisk(ROOT)).map(flowCase);

/** The flow with this id (throws for one that is not on disk). */
export function flowById(id: string): FlowCase {
  const found = FLOWS.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No flow "${id}" in flows/ (found: ${FLOWS.map((flow) => flow.id).join(', ')})`);
  return found;
}

/**
 * The flow the tests of flow-independent behaviour use (URL parsing, history,
 * copy and print, config, CSP, the embed protocol's origin checks): what they
 * test is the same code for every flow, so one flow suffices.
 */
export const FIRST_FLOW: FlowCase = flowById('sspr-admin');

// ---------------------------------------------------------------------------
// Page actions

/** The page's language, from the first path segment that names one (after any BASE_PATH). */
export function pageLanguage(page: Page): Language {
  const segments = new URL(page.url()).pathname.split('/');
  const lng = segments.find((segment): segment is Language => (LANGUAGES as readonly string[]).includes(segment));
  if (!lng) throw new Error(`No language in ${page.url()}`);
  return lng;
}

export const heading = (page: Page) => page.getByRole('heading', { level: 1 });

export const continueButton = (page: Page, lng: Language = pageLanguage(page)) =>
  page.getByRole('button', { name: common(lng).question.continue, exact: true });

/** The Back link of the step navigation (a decorative chevron may come before its text). */
export const backLink = (page: Page, lng: Language = pageLanguage(page)) =>
  page.getByRole('link', { name: new RegExp(`^\\W*${common(lng).question.back}$`) });

/** The link of the language switch to `lng`, named in that language. */
export const languageLink = (page: Page, lng: Language) =>
  page.getByRole('navigation', { name: common(pageLanguage(page)).site.languageSwitch }).getByRole('link', {
    name: languageName(lng),
    exact: true,
  });

/**
 * Waits until the app has committed its first page (`<html data-app="ready">`,
 * src/routes.tsx): hydrated, or rendered afresh for 404.html. A page served
 * without a script (the article) is ready with its HTML. Instead of a quiet
 * network or a fixed wait.
 */
export async function appReady(page: Page): Promise<void> {
  await page.waitForLoadState('domcontentloaded');
  if ((await page.locator('script[type="module"]').count()) === 0) return;
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 15_000 });
}

/**
 * Waits until a summary shows its findings: the heading is in the HTML, the
 * body with the findings (its own chunk and text) fills in after that.
 */
export async function summaryReady(page: Page): Promise<void> {
  await expect(page.locator('.summary__body > :first-child')).toBeVisible();
}

/** Answers the question on screen: clicks the label of radio `#{stepId}-{optionId}`, then Continue. */
export async function answer(page: Page, stepId: string, optionId: string): Promise<void> {
  await page.locator(`label[for="${stepId}-${optionId}"]`).click();
  await expect(page.locator(`#${stepId}-${optionId}`)).toBeChecked();
  await continueButton(page).click();
  await expect(page).not.toHaveURL(new RegExp(`/${stepId}(?:[?#]|$)`));
}

/** Answers each pair in turn, starting on the page of the first one. */
export async function answerAll(page: Page, pairs: Pairs): Promise<void> {
  for (const [question, option] of pairs) await answer(page, question, option);
}

/**
 * Answers the question on screen as a reader does: checks the radio named by
 * the option's label in the page's language, then Continue.
 */
export async function answerByLabel(page: Page, flow: FlowCase, question: string, option: string): Promise<void> {
  const lng = pageLanguage(page);
  const radio = page.getByRole('radio', { name: flow.label(lng, question, option), exact: true });
  await radio.check();
  await continueButton(page, lng).click();
  await expect(page).not.toHaveURL(new RegExp(`/${question}(?:[?#]|$)`));
}

/**
 * Checks the summary on screen shows `expected` (see summaryGroups): each group
 * a region named by its heading, in that order, holding exactly those findings.
 */
export async function expectSummaryGroups(page: Page, expected: readonly SummaryGroup[]): Promise<void> {
  await summaryReady(page);
  await expect(page.locator('#lead-heading, #also-heading, #escalation-heading')).toHaveText(
    expected.map(({ heading }) => heading),
  );
  for (const { heading, titles } of expected)
    await expect(
      page.getByRole('region', { name: heading, exact: true }).locator('.finding__title'),
      `the findings under "${heading}"`,
    ).toHaveText([...titles]);
}

/**
 * Checks the summary on screen for these answers: its heading, the groups of
 * findings in the engine's order, and the "no cause" block exactly when the
 * path recorded neither a cause nor a check.
 */
export async function expectSummary(page: Page, flow: FlowCase, pairs: Pairs, day: WalkContext = TODAY): Promise<void> {
  const lng = pageLanguage(page);
  await expect(heading(page)).toHaveText(common(lng).summary.title);
  const groups = flow.summaryGroups(lng, pairs, day);
  await expectSummaryGroups(page, groups);
  const escalationOnly = groups.every(({ heading }) => heading === flow.text(lng).summary.escalationHeading);
  await expect(page.locator('#no-cause')).toHaveText(escalationOnly ? [flow.text(lng).noCause.title] : []);
  await expect(page.locator('.finding__title')).toHaveText(flow.findingTitles(lng, pairs, day));
}

/** The URL's query, as a string with its `?` (or ''). */
export const searchOf = (page: Page): string => new URL(page.url()).search;

/** The URL's path relative to the base URL (no leading slash). */
export function relativePath(page: Page, baseURL: string | undefined): string {
  const base = new URL(baseURL ?? '/').pathname;
  return new URL(page.url()).pathname.slice(base.length);
}

// ---------------------------------------------------------------------------
// Axe

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page and fails with a readable list (rule id, impact, targets) when anything is found.
 * Legacy mode runs axe inside the page itself: the default mode opens an extra blank page per run to
 * combine cross-origin frame results (there are no frames here), which costs about a second each time.
 */
export async function expectNoAxeViolations(page: Page, what = page.url()): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
  const readable = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n${violation.nodes
        .map((node) => `    ${node.target.join(' ')}`)
        .join('\n')}`,
  );
  expect(readable, `axe violations on ${what}:\n${readable.join('\n')}`).toEqual([]);
}

// ---------------------------------------------------------------------------
// Guard: no request to another host, no console error, no uncaught exception

export interface Guard {
  /** Requests to a host other than the test server's. */
  readonly external: string[];
  /** Console errors and uncaught page errors. */
  readonly errors: string[];
  /** Ignore console errors matching this pattern (for a test that provokes one on purpose). */
  allow(pattern: RegExp): void;
  /** Fails when anything was recorded. */
  check(): void;
}

/**
 * Records, for this page, every request to a host other than the test server
 * (127.0.0.1) and every console error or page error. The browser's own
 * "Failed to load resource … 404" for a document the server answered with
 * 404.html (a not-found page, on purpose) is not an error of the app.
 */
export function guardRequests(page: Page, serverHost = '127.0.0.1'): Guard {
  const withoutHash = (url: string) => url.replace(/#.*$/s, '');
  const external: string[] = [];
  const errors: string[] = [];
  const allowed: RegExp[] = [];
  const notFoundDocuments = new Set<string>();

  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol.startsWith('ws')) &&
      url.hostname !== serverHost
    )
      external.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().resourceType() === 'document')
      notFoundDocuments.add(withoutHash(response.url()));
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const source = message.location().url;
    // The console names the page with its #fragment, the response without it.
    if (/Failed to load resource.*404/.test(text) && notFoundDocuments.has(withoutHash(source))) return;
    if (allowed.some((pattern) => pattern.test(text))) return;
    errors.push(`console.error: ${text} (at ${source})`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));

  return {
    external,
    errors,
    allow: (pattern) => allowed.push(pattern),
    check() {
      expect(external, 'requests to another host').toEqual([]);
      expect(errors, 'console errors and page errors').toEqual([]);
    },
  };
}

/**
 * `test` with an automatic guard on every page of the test's context: a test
 * fails if its pages contacted another host or logged an error.
 */
export const test = base.extend<{ guard: Guard }>({
  guard: [
    async ({ context, baseURL }, use) => {
      // Every page believes it is TODAY, so dated advice is the same on any day the suite runs.
      await context.clock.setFixedTime(new Date(`${TODAY.today}T09:00:00`));
      const host = new URL(baseURL ?? 'http://127.0.0.1/').hostname;
      const guards: Guard[] = [];
      const allowed: RegExp[] = [];
      const attach = (page: Page) => {
        const guard = guardRequests(page, host);
        for (const pattern of allowed) guard.allow(pattern);
        guards.push(guard);
      };
      for (const page of context.pages()) attach(page);
      context.on('page', attach);
      await use({
        get external() {
          return guards.flatMap((guard) => guard.external);
        },
        get errors() {
          return guards.flatMap((guard) => guard.errors);
        },
        allow(pattern) {
          allowed.push(pattern);
          for (const guard of guards) guard.allow(pattern);
        },
        check() {
          for (const guard of guards) guard.check();
        },
      });
      for (const guard of guards) guard.check();
    },
    { auto: true },
  ],
});
