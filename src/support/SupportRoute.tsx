import { type ComponentType, lazy, Suspense } from 'react';
import { NotFound } from '../app/NotFound.tsx';
import { type SupportPage, supportPage } from './support-pages.ts';

/**
 * `/{lng}/{flow}/{map|link|all}`: a support page, its code loaded on demand
 * (one chunk per page, never part of a question or summary page).
 *
 * The Suspense boundary right around the page keeps the pre-rendered HTML on
 * screen while the page's chunk loads during hydration: React leaves a
 * suspended boundary's server markup in place and hydrates it once the code
 * is there, so nothing is thrown away or flashes. start.tsx fetches the chunk
 * alongside the page's text (preloadSupportPage) to make that moment short.
 */
type PageModule = { readonly default?: ComponentType } & Readonly<Record<string, unknown>>;

// Each file a chunk of its own; a page whose module is not there (yet) is "not found".
const modules = import.meta.glob<PageModule>('./*Page.tsx');

const load = (page: SupportPage) => modules[`./${page.module}`];

const components = new Map<string, ComponentType>();

function componentOf(page: SupportPage): ComponentType | undefined {
  const loader = load(page);
  if (!loader) return undefined;
  let component = components.get(page.step);
  if (!component) {
    const name = page.module.replace(/\.tsx$/, '');
    component = lazy(async () => {
      const module = await loader();
      // The default export, or an export named after the file (`MapPage`).
      const found = module.default ?? (module[name] as ComponentType | undefined);
      if (!found) throw new Error(`src/support/${page.module} exports no page`);
      return { default: found };
    });
    components.set(page.step, component);
  }
  return component;
}

export function SupportRoute({ step }: { step: string }) {
  const page = supportPage(step);
  const Page = page && componentOf(page);
  if (!Page) return <NotFound />;
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
}

/**
 * Starts fetching the code of the support page at `path` (below the base
 * path: `/en/sspr-admin/map`), if it is one; for start-up, before hydrating.
 */
export function preloadSupportPage(path: string): Promise<unknown> | undefined {
  const page = supportPage(path.split('/')[3]);
  return page && load(page)?.();
}
