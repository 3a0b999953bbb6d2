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
export const routes: RouteObject[] = [
  { path: '/', loader: rootLoader, element: null },
  {
    path: ':lng',
    loader: languageLoader,
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
