import { Suspense, useEffect } from 'react';
import { type RouteObject, useRoutes } from 'react-router';
import { FlowRoute } from './app/FlowRoute.tsx';
import { LanguageRoute, RootRedirect } from './app/LanguageRoute.tsx';
import { NotFound } from './app/NotFound.tsx';
import { FlowList } from './steps/FlowList.tsx';
import { StartPage } from './steps/StartPage.tsx';
import { StepPage } from './steps/StepPage.tsx';
import { SupportRoute } from './support/SupportRoute.tsx';
import { SUPPORT_PAGES } from './support/support-pages.ts';

/**
 * The public URLs (DESIGN.md, "URL contract"), as data. Every page below
 * `/:lng` renders inside the layout, after its language's text is loaded.
 *
 * Declarative routing (useRoutes in a BrowserRouter), not the data router:
 * the pages need no loaders beyond the text, which Suspense waits for, and
 * the data router would add 17 KB (gzip) to every page (see the README).
 */
export const routes: RouteObject[] = [
  { path: '/', element: <RootRedirect /> },
  {
    path: ':lng',
    element: <LanguageRoute />,
    children: [
      { index: true, element: <FlowList /> },
      {
        path: ':flowId',
        element: <FlowRoute />,
        children: [
          { index: true, element: <StartPage /> },
          // The support tools (map, link reader, article) at their reserved step ids, each a lazy chunk.
          ...SUPPORT_PAGES.map((page) => ({ path: page.step, element: <SupportRoute step={page.step} /> })),
          { path: ':stepId', element: <StepPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/**
 * Marks the document once the app has committed its first page (hydrated,
 * or rendered afresh): `<html data-app="ready">`. Inside the Suspense
 * boundary, so not while the page's text is still loading. The end-to-end
 * tests wait for it instead of a quiet network or a fixed time.
 */
function ReadySignal() {
  useEffect(() => {
    document.documentElement.dataset.app = 'ready';
  }, []);
  return null;
}

/** The app inside any router (browser, static for pre-rendering, memory for tests). */
export function App() {
  return (
    <Suspense fallback={null}>
      <ReadySignal />
      {useRoutes(routes)}
    </Suspense>
  );
}
