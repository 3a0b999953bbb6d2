import type { RouteObject } from 'react-router';
import { FlowList } from '../steps/FlowList.tsx';
import { StartPage } from '../steps/StartPage.tsx';
import { StepPage } from '../steps/StepPage.tsx';
import { Layout } from './Layout.tsx';
import { languageLoader, rootLoader } from './loaders.ts';
import { NotFound } from './NotFound.tsx';
import { RouteError } from './RouteError.tsx';

/**
 * The public URLs (DESIGN.md, "URL contract"), as data. Every page below
 * `/:lng` renders inside the layout; errors inside a page keep the layout.
 */
/** Renders nothing while the first page's text loads, so no key or half-page ever shows. */
function NothingYet() {
  return null;
}

/** The route whose loader loads a language's text; pre-rendered pages hydrate with its data. */
export const LANGUAGE_ROUTE_ID = 'language';

export const routes: RouteObject[] = [
  { id: 'root', path: '/', loader: rootLoader, element: null, HydrateFallback: NothingYet },
  {
    id: LANGUAGE_ROUTE_ID,
    path: ':lng',
    loader: languageLoader,
    // The text only depends on the language: answering a question (a new
    // query string) must not run the loader again.
    shouldRevalidate: ({ currentParams, nextParams }) => currentParams.lng !== nextParams.lng,
    // Nothing until the language's text is loaded: no flash of keys.
    HydrateFallback: NothingYet,
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, element: <FlowList /> },
          { path: ':flowId', element: <StartPage /> },
          { path: ':flowId/:stepId', element: <StepPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
