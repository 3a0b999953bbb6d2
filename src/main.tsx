import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { flows } from '../flows/index.ts';
import { withoutBasePath } from './app/base-path.ts';
import { loadText } from './app/i18n.ts';
import { isLanguage } from './app/languages.ts';
import { LANGUAGE_ROUTE_ID, routes } from './app/routes.tsx';
import { loadRuntimeConfig } from './config/config-store.ts';
import { startHostChannel } from './embed/host-channel.ts';
import './app/styles.css';

// config.json loads alongside the first page's text; embedding needs its allow-list.
void loadRuntimeConfig().then((config) => startHostChannel(config.allowedOrigins));

/** `/en/sspr-admin/symptom/`, `…/symptom.html` and `…/symptom` are one page. */
const pagePath = (pathname: string) =>
  withoutBasePath(pathname)
    .replace(/(\.html|\/index\.html)$/, '')
    .replace(/\/$/, '');

async function start(root: HTMLElement) {
  const basename = import.meta.env.BASE_URL;
  const prerendered = root.dataset.path;
  const lng = pagePath(window.location.pathname).split('/')[1];
  const app = (router: ReturnType<typeof createBrowserRouter>) => (
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>
  );

  // The HTML was rendered for this very page: load its text (preloaded by
  // the HTML), then hydrate with the state the build rendered, so no loader
  // runs first and nothing flashes.
  if (prerendered !== undefined && pagePath(prerendered) === pagePath(window.location.pathname) && isLanguage(lng)) {
    await loadText(lng, ['common', ...flows.map((flow) => flow.id)]);
    const router = createBrowserRouter(routes, {
      basename,
      hydrationData: { loaderData: { [LANGUAGE_ROUTE_ID]: null } },
    });
    hydrateRoot(root, app(router));
    return;
  }
  // Any other document (the root redirect, 404.html for a mistyped URL):
  // render from scratch for the real URL.
  createRoot(root).render(app(createBrowserRouter(routes, { basename })));
}

const root = document.getElementById('root');
if (root) void start(root);
