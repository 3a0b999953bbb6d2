/**
 * Shared helpers for the end-to-end tests: the locale texts and the flow (so
 * tests derive what they expect instead of copying it), URL builders, the
 * "answer a question" action, axe, and a guard that fails any test whose page
 * talked to another host or logged an error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { ssprAdmin } from '../flows/sspr-admin/flow.ts';
import { DATE_LOCALES, LANGUAGES, type Language } from '../src/i18n/languages.ts';
import { datesReached, nodeEntries, nodeOf, questionIds as questionIdsOf, resolveNext } from '../src/engine/graph.ts';
import { type PlannedFinding, planSummary } from '../src/engine/summary-plan.ts';
import { fillDates, longDate } from '../src/engine/text-dates.ts';
import type { Answer } from '../src/engine/types.ts';
import { type WalkContext, walk } from '../src/engine/walk.ts';

export { expect, LANGUAGES, type Language };
export const flow = ssprAdmin;
export const FLOW_ID = ssprAdmin.id;

/**
 * The day every test's browser believes it is (its clock is fixed to it), and
 * the day the tests' own walks use: the suite gives the same results whenever
 * it runs. Tests of dated advice set another day themselves.
 */
export const TODAY: WalkContext = { today: '2026-11-26' };
/** The day Microsoft stops delivering texts, from the flow's dates. */
export const RETIREMENT_DAY: WalkContext = { today: ssprAdmin.dates['sms-voice-retirement'] };

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

/** The repository root (e2e/..). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

// ---------------------------------------------------------------------------
// Locale texts

export type CommonText = typeof import('../locales/en/common.json');

export interface FlowText {
  readonly meta: { readonly title: string; readonly description: string };
  readonly start: { readonly intro: string; readonly symptoms: readonly string[]; readonly needs: readonly string[] };
  readonly questions: Readonly<
    Record<
      string,
      {
        readonly title: string;
        readonly hint?: string;
        readonly error: string;
        readonly short: string;
        readonly options: Readonly<Record<string, { readonly label: string; readonly hint?: string }>>;
        readonly help?: { readonly summary: string; readonly body: readonly string[] };
      }
    >
  >;
  readonly findings: Readonly<
    Record<string, { readonly title: string; readonly steps: readonly (string | { text: string; code: string })[] }>
  >;
  /** Text shared by several findings, shown once per summary; may hold `{date:<name>}`. */
  readonly notes: Readonly<Record<string, string>>;
  readonly noCause: { readonly title: string; readonly body: string };
  readonly moreHelp: { readonly intro: string };
}

const cache = new Map<string, unknown>();

export function readLocale<T>(lng: string, ns: string): T {
  const key = `${lng}/${ns}`;
  if (!cache.has(key)) cache.set(key, JSON.parse(readFileSync(join(ROOT, 'locales', lng, `${ns}.json`), 'utf8')));
  return cache.get(key) as T;
}

export const common = (lng: Language): CommonText => readLocale<CommonText>(lng, 'common');
export const flowText = (lng: Language): FlowText => readLocale<FlowText>(lng, FLOW_ID);

/** A flow date (`flow.dates[name]`) as the app writes it in `lng` (1 February 2027, 1 februari 2027). */
export const dateText = (lng: Language, name: string): string =>
  longDate(DATE_LOCALES[lng])((ssprAdmin.dates as Readonly<Record<string, string>>)[name] ?? name);

/** A text with its `{date:<name>}` placeholders filled in as the app shows them in `lng`. */
export const withDates = (lng: Language, text: string): string =>
  fillDates(text, ssprAdmin.dates ?? {}, longDate(DATE_LOCALES[lng]));

/** The other language (for the language switch). */
export const otherLanguage = (lng: Language): Language => (lng === 'en' ? 'nl' : 'en');

// ---------------------------------------------------------------------------
// The flow and its URLs

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

/** A relative URL (no leading slash, so a BASE_PATH sub-path works). */
export const stepUrl = (lng: Language, step: string, pairs: Pairs = [], extra: Pairs = []): string =>
  `${lng}/${FLOW_ID}/${step}${query(pairs, extra)}`;

export const startUrl = (lng: Language): string => `${lng}/${FLOW_ID}/`;

/** Every question id of the flow, in definition order. */
export const questionIds: readonly string[] = questionIdsOf(ssprAdmin);

/** The id of the flow's terminal (summary) node. */
export const summaryId: string = nodeEntries(ssprAdmin).find(([, node]) => node.kind === 'terminal')?.[0] ?? 'summary';

/** Where the flow goes after these answers (first unanswered question, or the summary). */
export const currentStep = (pairs: Pairs, context: WalkContext = TODAY): string =>
  walk(ssprAdmin, toAnswers(pairs), context).current;

/** The finding titles the summary should show for these answers, in the summary's order (lead, also, escalation). */
export function findingTitles(lng: Language, pairs: Pairs, context: WalkContext = TODAY): string[] {
  const plan = planSummary(ssprAdmin, walk(ssprAdmin, toAnswers(pairs), context).findings);
  return [...(plan.lead ? [plan.lead] : []), ...plan.also, ...plan.escalation].map(
    ({ id }) => flowText(lng).findings[id]?.title ?? id,
  );
}

/** One titled group of the summary: its heading and the titles of its findings, in page order. */
export interface SummaryGroup {
  readonly heading: string;
  readonly titles: readonly string[];
}

/**
 * The groups the summary shows for these answers, as summary-plan orders them:
 * "Most likely cause", then "Also check" (or "Things to check" when there is no
 * lead cause), then "If you are still locked out". Empty groups are left out.
 */
export function summaryGroups(lng: Language, pairs: Pairs, context: WalkContext = TODAY): SummaryGroup[] {
  const words = common(lng).summary;
  const plan = planSummary(ssprAdmin, walk(ssprAdmin, toAnswers(pairs), context).findings);
  const titles = (items: readonly PlannedFinding[]) => items.map(({ id }) => flowText(lng).findings[id]?.title ?? id);
  const groups: SummaryGroup[] = [
    { heading: words.leadHeading, titles: titles(plan.lead ? [plan.lead] : []) },
    { heading: plan.lead ? words.alsoHeading : words.checksHeading, titles: titles(plan.also) },
    { heading: words.escalationHeading, titles: titles(plan.escalation) },
  ];
  return groups.filter((group) => group.titles.length > 0);
}

/** The ids of the shared notes the summary shows for these answers (each once), in page order. */
export function summaryNotes(pairs: Pairs, context: WalkContext = TODAY): string[] {
  const plan = planSummary(ssprAdmin, walk(ssprAdmin, toAnswers(pairs), context).findings);
  return [...(plan.lead ? [plan.lead] : []), ...plan.also, ...plan.escalation].flatMap(({ notes }) => notes);
}

/** Every old step id with the step it now redirects to. */
export const aliases: readonly (readonly [string, string])[] = Object.entries(
  (ssprAdmin.aliases ?? {}) as Readonly<Record<string, string>>,
);

/** Questions whose answers steer a branch: they make two visits to the same node differ. */
const branchQuestions: readonly string[] = [
  ...new Set(
    nodeEntries(ssprAdmin).flatMap(([, node]) =>
      node.kind === 'question'
        ? node.options.flatMap((option) =>
            typeof option.next === 'string' ? [] : option.next.when.map((rule) => rule.question),
          )
        : [],
    ),
  ),
];

/**
 * A plausible shortest list of earlier answers that leads to `target` (breadth
 * first, preferring each question's first option) on `context`'s day. [] for
 * the start. A question asked only from a date is reached on that date.
 */
export function answersToReach(target: string, context: WalkContext = TODAY): [string, string][] {
  const reached = datesReached(ssprAdmin, context.today);
  const queue: { at: string; pairs: [string, string][] }[] = [{ at: ssprAdmin.start, pairs: [] }];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const { at, pairs } = queue.shift() as { at: string; pairs: [string, string][] };
    if (at === target) return pairs;
    const known = new Map(pairs);
    const key = `${at}|${branchQuestions.map((question) => known.get(question) ?? '').join('|')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const node = nodeOf(ssprAdmin, at);
    if (node?.kind !== 'question') continue;
    for (const option of node.options) {
      const next = new Map(known).set(at, option.id);
      queue.push({ at: resolveNext(option.next, next, reached), pairs: [...pairs, [at, option.id]] });
    }
  }
  throw new Error(`No path to ${target} on ${context.today}`);
}

/** The day on which `question` is asked: today, or the first of the flow's dates on which it is. */
export function dayToAsk(question: string): WalkContext {
  for (const context of [TODAY, RETIREMENT_DAY])
    try {
      answersToReach(question, context);
      return context;
    } catch {}
  throw new Error(`${question} is never asked`);
}

/**
 * A path through the flow that reaches the summary with many findings: every
 * question answered with its "not sure" option where it has one, else its
 * last option — except where that would cut the path short.
 */
export const RICH_PATH: Pairs = [
  ['symptom', 'both'],
  ['account-type', 'not-sure'],
  ['reset-page', 'not-sure'],
  ['other-ways', 'neither'],
  ['reset-steps', 'not-sure'],
  ['alternate-email', 'yes'],
  ['junk-folder', 'not-checked'],
  ['mobile-registered', 'not-sure'],
  ['phone-receives-sms', 'not-sure'],
];

/** A short path to the summary whose findings include PowerShell commands (admin SSPR turned off). */
export const COMMAND_PATH: Pairs = [
  ['symptom', 'sms'],
  ['account-type', 'yes'],
  ['reset-page', 'not-enabled'],
  ['other-admin', 'yes'],
];

// ---------------------------------------------------------------------------
// Page actions

/** The page's language, from the first path segment that names one (after any BASE_PATH). */
export function pageLanguage(page: Page): Language {
  const segments = new URL(page.url()).pathname.split('/');
  const lng = segments.find((segment): segment is Language => (LANGUAGES as readonly string[]).includes(segment));
  if (!lng) throw new Error(`No language in ${page.url()}`);
  return lng;
}

export const continueButton = (page: Page, lng: Language = pageLanguage(page)) =>
  page.getByRole('button', { name: common(lng).question.continue, exact: true });

/** Answers the question on screen: clicks the label of radio `#{stepId}-{optionId}`, then Continue. */
/**
 * Waits until a summary shows its findings: the heading is in the HTML, the
 * body with the findings (its own chunk and text) fills in after that.
 */
export async function summaryReady(page: Page): Promise<void> {
  await expect(page.locator('.summary__body > :first-child')).toBeVisible();
}

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
      notFoundDocuments.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const source = message.location().url;
    if (/Failed to load resource.*404/.test(text) && notFoundDocuments.has(source)) return;
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
