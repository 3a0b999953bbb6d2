/**
 * Every kind of page the site serves, each opened in a state worth checking
 * (a question with its help open and in its error state, a summary with many
 * findings, the link reader having read a link, …), for checks that run on
 * each page type rather than on every step of every flow.
 */
import type { Page } from '@playwright/test';
import { nodeOf } from '../src/engine/graph.ts';
import { ALL_STEP, LINK_STEP, MAP_STEP } from '../src/engine/ids.ts';
import {
  common,
  continueButton,
  DONE_STEP,
  expect,
  FLOWS,
  type FlowCase,
  heading,
  type Language,
  MORE_HELP_STEP,
  otherLanguages,
  query,
  summaryReady,
} from './support.ts';

export interface PageType {
  /** What the page is, for a test's title. */
  readonly name: string;
  /** The flow the page belongs to; none for the pages every flow shares (the list, not found). */
  readonly flow?: FlowCase;
  /** Opens it in `lng` and waits until it shows what is checked. */
  open(page: Page, lng: Language, baseURL: string): Promise<void>;
}

/** The first question with "how do I find out?" help (else the first question). */
const questionWithHelp = (flow: FlowCase) =>
  flow.questionIds.find((id) => {
    const node = nodeOf(flow.flow, id);
    return node?.kind === 'question' && node.help === true;
  }) ?? flow.flow.start;

/** A question as a deep link with earlier answers leading to it, its help opened. */
async function openQuestion(page: Page, flow: FlowCase, lng: Language) {
  const question = questionWithHelp(flow);
  await page.goto(flow.stepUrl(lng, question, flow.answersToReach(question)));
  await expect(heading(page)).toHaveText(flow.title(lng, question));
  const help = page.locator('details.details');
  if ((await help.count()) > 0) {
    await help.locator('summary').click();
    await expect(help).toHaveAttribute('open', '');
  }
}

/** Pages that belong to one flow: the start page, a question (also in its error state), the summary and after. */
const flowPages = (flow: FlowCase): PageType[] =>
  (
    [
      {
        name: `${flow.id} start page`,
        open: async (page, lng) => {
          await page.goto(flow.startUrl(lng));
          await expect(heading(page)).toHaveText(flow.text(lng).meta.title);
        },
      },
      {
        name: `${flow.id} question with help open`,
        open: (page, lng) => openQuestion(page, flow, lng),
      },
      {
        name: `${flow.id} question in its error state`,
        open: async (page, lng) => {
          await openQuestion(page, flow, lng);
          await continueButton(page, lng).click();
          // Focus goes to the error summary's box; its inner role=alert wraps the title and the error (GOV.UK Frontend v4.4.0).
          await expect(page.locator('.error-summary')).toBeFocused();
          await expect(page.getByRole('alert')).toContainText(common(lng).question.errorSummaryTitle);
        },
      },
      {
        name: `${flow.id} summary with many findings`,
        open: async (page, lng) => {
          await page.goto(flow.stepUrl(lng, flow.summaryId, flow.richPath));
          await expect(heading(page)).toHaveText(common(lng).summary.title);
          await summaryReady(page);
          await expect(page.locator('.finding__title')).toHaveText(flow.findingTitles(lng, flow.richPath));
        },
      },
      {
        name: `${flow.id} done page`,
        open: async (page, lng) => {
          await page.goto(flow.stepUrl(lng, DONE_STEP, flow.richPath));
          await expect(heading(page)).toHaveText(common(lng).done.title);
        },
      },
      {
        name: `${flow.id} more-help page`,
        open: async (page, lng) => {
          await page.goto(flow.stepUrl(lng, MORE_HELP_STEP, flow.richPath));
          await expect(heading(page)).toHaveText(common(lng).moreHelp.title);
        },
      },
      {
        name: `${flow.id} support map`,
        open: async (page, lng) => {
          await page.goto(`${lng}/${flow.id}/${MAP_STEP}`);
          await expect(page.locator('main ol').first()).toBeVisible();
        },
      },
      {
        name: `${flow.id} support link reader, having read a summary link`,
        open: async (page, lng, baseURL) => {
          const words = common(lng).supportTools.link;
          await page.goto(`${lng}/${flow.id}/${LINK_STEP}`);
          await expect(heading(page)).toHaveText(words.title);
          const other = otherLanguages(lng)[0] as Language;
          const pasted = new URL(`${other}/${flow.id}/${flow.summaryId}${query(flow.richPath)}`, baseURL).href;
          // The button is enabled once the page has hydrated: a value typed before that would be lost.
          const read = page.getByRole('button', { name: words.read, exact: true });
          await expect(read).toBeEnabled({ timeout: 15_000 });
          await page.getByLabel(words.label, { exact: true }).fill(pasted);
          await read.click();
          await expect(page.getByRole('region', { name: words.resultHeading, exact: true })).toBeVisible();
        },
      },
      {
        name: `${flow.id} support article (all advice on one page)`,
        open: async (page, lng) => {
          await page.goto(`${lng}/${flow.id}/${ALL_STEP}`);
          await expect(page.locator('.finding__title').first()).toBeVisible();
        },
      },
    ] satisfies Omit<PageType, 'flow'>[]
  ).map((type) => ({ ...type, flow }));

/**
 * Every page type: the flow list, the not-found page, and each flow's pages
 * (their text and blocks differ from flow to flow). The root's language
 * choice is its own case: with JavaScript it moves on to a language at once.
 */
export const PAGE_TYPES: readonly PageType[] = [
  {
    name: 'flow list',
    open: async (page, lng) => {
      await page.goto(`${lng}/`);
      await expect(heading(page)).toHaveText(common(lng).home.title);
    },
  },
  {
    name: 'not-found page',
    open: async (page, lng) => {
      await page.goto(`${lng}/no-such-flow/at/all`);
      // 404.html names the page in every language until the app has read the address (slow on a busy machine).
      await expect(heading(page)).toHaveText(common(lng).notFound.title, { timeout: 15_000 });
    },
  },
  {
    name: 'not-found page (an unknown step of a flow)',
    open: async (page, lng) => {
      await page.goto(FLOWS[0]?.stepUrl(lng, 'does-not-exist') ?? '');
      await expect(heading(page)).toHaveText(common(lng).notFound.title, { timeout: 15_000 });
    },
  },
  ...FLOWS.flatMap(flowPages),
];

/** The page type called `name` (a misspelt name fails when the spec loads, not halfway through a run). */
export function pageType(name: string): PageType {
  const type = PAGE_TYPES.find((each) => each.name === name);
  if (type === undefined) throw new Error(`No page type "${name}" in e2e/page-types.ts`);
  return type;
}
