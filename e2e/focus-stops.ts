/**
 * Keyboard focus on every element a reader can Tab to, and the computed
 * styles that draw its focus indicator. The styles apply to :focus-visible,
 * which Chromium matches after a key press; script focus that follows a key
 * press matches it too, so one real Tab and then script focus on each element
 * in turn shows each as a keyboard user sees it, in one round trip (a real
 * Tab per element takes minutes on a busy machine). Each stop says whether it
 * matched :focus-visible, and tabOrder() checks with real Tab presses that the
 * list is the page's tab order.
 */
import type { Locator, Page } from '@playwright/test';

/** One element with keyboard focus and how the browser draws it. */
export interface FocusStop {
  /** Tag, id, classes and the start of its text: readable in a failure. */
  readonly element: string;
  /** An HTML link (not one styled as a button). */
  readonly isTextLink: boolean;
  /** It took focus, and matched :focus-visible. */
  readonly focused: boolean;
  readonly focusVisible: boolean;
  readonly outlineStyle: string;
  /** In CSS pixels. */
  readonly outlineWidth: number;
  readonly outlineColor: string;
  readonly boxShadow: string;
  readonly color: string;
  readonly backgroundColor: string;
  readonly textDecorationLine: string;
  readonly filter: string;
  readonly borderColor: string;
}

/**
 * Elements in the tab order: visible, enabled, not taken out by a negative
 * tabindex or inert. The page sets no positive tabindex (checked), so the
 * order is the document's. Every radio is listed, though a group is one Tab
 * stop: each can take focus (arrow keys), and each must show it.
 */
const TABBABLE =
  ':is(a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]):not(:disabled):not([tabindex^="-"])';

type InPage =
  | { readonly kind: 'stops'; readonly stops: FocusStop[] }
  | { readonly kind: 'names'; readonly names: string[] }
  | { readonly kind: 'focused'; readonly name: string | null };

/**
 * Runs in the page (one function: page.evaluate cannot share helpers).
 * 'all': focus each tabbable element by script and record it; 'names': the
 * tabbable elements' names, in order; 'focused': the focused element's name.
 */
function inPage({ action, selector }: { action: 'all' | 'names' | 'focused'; selector: string }): InPage {
  const name = (element: Element) =>
    `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((each) => `.${each}`).join('')}> ${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50)}`;
  if (action === 'focused') {
    const element = document.activeElement;
    return { kind: 'focused', name: element && element !== document.body ? name(element) : null };
  }
  if (document.querySelector('[tabindex]:not([tabindex^="-"]):not([tabindex="0"])'))
    throw new Error('A positive tabindex: the tab order is not the document order');
  const elements = [...document.querySelectorAll(selector)].filter(
    (element) => element.checkVisibility({ visibilityProperty: true }) && !element.closest('[inert]'),
  ) as HTMLElement[];
  if (action === 'names') return { kind: 'names', names: elements.map(name) };
  const stops = elements.map((element): FocusStop => {
    element.focus({ preventScroll: true });
    const style = getComputedStyle(element);
    return {
      element: name(element),
      isTextLink: element instanceof HTMLAnchorElement && !element.classList.contains('button'),
      focused: document.activeElement === element,
      focusVisible: element.matches(':focus-visible'),
      outlineStyle: style.outlineStyle,
      outlineWidth: Number.parseFloat(style.outlineWidth),
      outlineColor: style.outlineColor,
      boxShadow: style.boxShadow,
      color: style.color,
      backgroundColor: style.backgroundColor,
      textDecorationLine: style.textDecorationLine,
      filter: style.filter,
      borderColor: style.borderColor,
    };
  });
  (document.activeElement as HTMLElement | null)?.blur();
  return { kind: 'stops', stops };
}

const run = (page: Page, action: 'all' | 'names' | 'focused') =>
  page.evaluate<InPage, { action: 'all' | 'names' | 'focused'; selector: string }>(inPage, {
    action,
    selector: TABBABLE,
  });

/** Every element in the tab order, focused as after a key press, with its focus styles. */
export async function focusEveryStop(page: Page): Promise<FocusStop[]> {
  await page.keyboard.press('Tab');
  const result = await run(page, 'all');
  return result.kind === 'stops' ? result.stops : [];
}

/**
 * The elements that real Tab presses reach, from the top of the page, and
 * those focusEveryStop lists, to compare (radios left out of both: a group is
 * one Tab stop, which radio depends on the answer).
 */
export async function tabOrder(page: Page): Promise<{ tabbed: string[]; listed: string[] }> {
  const focused = async () => {
    await page.keyboard.press('Tab');
    const result = await run(page, 'focused');
    return result.kind === 'focused' ? result.name : null;
  };
  // Past the last element Chromium leaves the document (nothing focused); the next Tab starts at the top.
  const limit = 200;
  let presses = 0;
  const current = await run(page, 'focused');
  if (current.kind === 'focused' && current.name !== null)
    while ((await focused()) !== null && presses < limit) presses++;
  const tabbed: string[] = [];
  for (let name = await focused(); name !== null && !tabbed.includes(name) && presses < limit; name = await focused()) {
    tabbed.push(name);
    presses++;
  }
  const result = await run(page, 'names');
  const notRadio = (name: string) => !name.includes('.radios__input>');
  return { tabbed: tabbed.filter(notRadio), listed: (result.kind === 'names' ? result.names : []).filter(notRadio) };
}

/** Gives `target` keyboard focus: a real Tab press (so :focus-visible applies), then focus on it. */
export async function focusAsByKeyboard(page: Page, target: Locator): Promise<void> {
  await page.keyboard.press('Tab');
  await target.focus();
}
