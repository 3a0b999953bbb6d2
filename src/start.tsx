/**
 * Starts the app: hydrates the pre-rendered page, or renders from scratch.
 * Loaded by main.tsx after the first paint.
 */
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { BASE_PATH, withoutBasePath } from './app/base-path.ts';
import { ownAddress } from './app/html-path.ts';
import { yieldToMain } from './app/yield-to-main.ts';
import { loadRuntimeConfig } from './config/config-store.ts';
import { startHostChannel } from './embed/host-channel.ts';
import { isLanguage } from './i18n/languages.ts';
import { pageResources } from './i18n/text-resource.ts';
import { App } from './routes.tsx';
import { preloadSupportPage } from './support/SupportRoute.tsx';

/** `/en/sspr-admin/symptom/`, `…/symptom.html` and `…/symptom` are one page. */
const pagePath = (pathname: string) =>
  withoutBasePath(pathname)
    .replace(/(\/index)?\.html$/, '')
    .replace(/\/$/, '');

/**
 * A link that names the file (`…/symptom.html`) or starts with `//` gets the
 * page's own address before the router reads it.
 */
function takeThePagesOwnName() {
  const { pathname, search, hash } = window.location;
  const own = ownAddress(pathname, BASE_PATH);
  if (own === pathname) return;
  try {
    window.history.replaceState(window.history.state, '', `${own}${search}${hash}`);
  } catch {
    // An address the browser will not take: the router shows "not found" for the one it has.
  }
}

/**
 * Each step in a task of its own (yieldToMain), none of them in the task
 * that evaluated this module and the libraries it imports.
 */
async function start(root: HTMLElement) {
  await yieldToMain();
  takeThePagesOwnName();
  // Fetch the page's text at once, in parallel with the rest of the start-up.
  const resources = pageResources(pagePath(window.location.pathname));
  // A support page's code (its own chunk) too, so hydration finds it there.
  const supportPage = preloadSupportPage(pagePath(window.location.pathname));
  await yieldToMain();
  // config.json loads alongside the first page's text; embedding needs its allow-list.
  void loadRuntimeConfig().then((config) => startHostChannel(config.allowedOrigins));
  const app = (
    <StrictMode>
      <BrowserRouter basename={import.meta.env.BASE_URL}>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  const here = pagePath(window.location.pathname);
  const lng = here.split('/')[1];
  // The HTML was rendered for this very page: load its text first (the HTML
  // preloads it), so the first render matches the HTML and nothing flashes.
  if (root.dataset.path !== undefined && pagePath(root.dataset.path) === here && isLanguage(lng)) {
    const loaded = await Promise.all([resources, supportPage?.catch(() => undefined)]).then(
      () => true,
      () => false,
    );
    if (loaded) {
      await yieldToMain();
      // Not as a transition: sliced hydration left windows in which a tap on
      // a radio was lost (e2e bad-input "embed=1 survives navigation", 1 in 10
      // under load); in one task, a tap waits until the page is live.
      hydrateRoot(root, app);
      return;
    }
    // The text did not arrive (a lost connection): render afresh, so the
    // reader gets the localized error page with "Try again", not a page
    // that looks ready but does nothing.
  }
  // Any other document (the root redirect, 404.html for a mistyped URL), or
  // a failed download: render from scratch for the real URL.
  createRoot(root).render(app);
}

const root = document.getElementById('root');
if (root) void start(root);
