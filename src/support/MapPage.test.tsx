import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { targetsOf } from '../engine/graph.ts';
import type { FlowText } from '../engine/locale-shape.ts';
import { fillDates, longDate } from '../engine/text-dates.ts';
import type { AnyFlow } from '../engine/types.ts';
import { loadFindings } from '../i18n/i18n.ts';
import { DATE_LOCALES, LANGUAGES, type Language } from '../i18n/languages.ts';
import { renderRoute } from '../test/render-route.tsx';

/**
 * The map of every real flow in every language: each step with its title
 * and link, each option with where it leads and what it records, each old
 * id under its step. Expectations come from the flow and its locale files.
 */
const flows = Object.values(import.meta.glob<AnyFlow>('../../flows/*/flow.ts', { eager: true, import: 'default' }));
const locales = import.meta.glob<Record<string, unknown>>('../../locales/*/*.json', { eager: true, import: 'default' });
/** A flow's text as the page shows it: its `{date:…}` placeholders filled in the language's date format. */
const flowTextOf = (lng: string, id: string) =>
  fillDates(
    locales[`../../locales/${lng}/${id}.json`] as unknown as FlowText,
    flows.find((flow) => flow.id === id)?.dates ?? {},
    longDate(DATE_LOCALES[lng as Language]),
  );
const commonOf = (lng: string) =>
  locales[`../../locales/${lng}/common.json`] as unknown as {
    supportTools: { map: { title: string; summaryStep: string; recordsNothing: string; pictureHeading: string } };
  };

describe('the map for support staff', () => {
  beforeAll(async () => {
    await Promise.all(flows.flatMap((flow) => LANGUAGES.map((lng) => loadFindings(lng, flow.id, 'titles'))));
  });

  it('finds the flows on disk', () => {
    expect(flows.length).toBeGreaterThan(0);
  });

  for (const flow of flows)
    for (const lng of LANGUAGES)
      it(`lists every step and option of ${flow.id} in ${lng}, with links to the right URLs`, async () => {
        const text = flowTextOf(lng, flow.id);
        const words = commonOf(lng).supportTools.map;
        await renderRoute(`/${lng}/${flow.id}/map`);
        expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
          words.title.replace('{{flow}}', text.meta.title),
        );
        const nodes = Object.entries(flow.nodes as Record<string, { kind: string; options?: unknown }>);
        const title = (id: string) =>
          (flow.nodes as Record<string, { kind: string }>)[id]?.kind === 'terminal'
            ? words.summaryStep
            : (text.questions[id]?.title ?? '');
        // Queried by selector: role queries over a page this size are too slow in jsdom.
        expect(document.querySelectorAll('li.support-map__step')).toHaveLength(nodes.length);
        const itemOf = (id: string) => document.getElementById(`step-${id}`)?.closest('li') as HTMLElement;
        const linksIn = (element: Element) =>
          [...element.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')]);
        for (const [id, node] of nodes) {
          const item = itemOf(id);
          expect(item).toHaveAccessibleName(expect.stringContaining(title(id)));
          const heading = item.querySelector('h3') as HTMLElement;
          expect(linksIn(heading)).toEqual([[title(id), `/${lng}/${flow.id}/${id}`]]);
          expect([...item.querySelectorAll('code')].map((code) => code.textContent)).toContain(
            `/${lng}/${flow.id}/${id}`,
          );
          if (node.kind !== 'question') continue;
          const options = (flow.nodes as Record<string, { options: AnyFlow['nodes'][string]['options'] }>)[id]
            ?.options as readonly { id: string; next: Parameters<typeof targetsOf>[0]; findings?: string[] }[];
          const rows = [...item.querySelectorAll('tbody tr')];
          expect(rows).toHaveLength(options.length);
          options.forEach((option, index) => {
            const row = rows[index] as HTMLElement;
            expect(row.querySelector('th[scope="row"]')).toHaveTextContent(
              text.questions[id]?.options[option.id]?.label ?? '',
            );
            const links = linksIn(row);
            for (const target of targetsOf(option.next))
              expect(links).toContainEqual([title(target), `/${lng}/${flow.id}/${target}`]);
            for (const finding of option.findings ?? [])
              expect(links).toContainEqual([
                text.findings[finding]?.title,
                `/${lng}/${flow.id}/all#finding-${finding}`,
              ]);
            if ((option.findings ?? []).length === 0) expect(row).toHaveTextContent(words.recordsNothing);
          });
        }
        for (const [alias, target] of Object.entries(flow.aliases ?? {})) {
          expect(linksIn(itemOf(target))).toContainEqual([
            `/${lng}/${flow.id}/${alias}`,
            `/${lng}/${flow.id}/${alias}`,
          ]);
        }
        // The picture: a box per step, each linking to the step, hidden from assistive technology.
        const picture = document.querySelector('svg.support-tree');
        expect(picture).toHaveAttribute('aria-hidden', 'true');
        const boxes = [...(picture?.querySelectorAll('a') ?? [])].map((link) => link.getAttribute('href'));
        expect(boxes.sort()).toEqual(nodes.map(([id]) => `/${lng}/${flow.id}/${id}`).sort());
        // Its box scrolls sideways on a small screen: a keyboard can focus it, and it is named by its heading.
        expect(screen.getByRole('group', { name: commonOf(lng).supportTools.map.pictureHeading })).toHaveAttribute(
          'tabindex',
          '0',
        );
      }, 30_000);

  it('links to the map from the footer of every page of a flow', async () => {
    const flow = flows[0] as AnyFlow;
    await renderRoute(`/en/${flow.id}/${flow.start}`);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'For support staff' })).toHaveAttribute(
      'href',
      `/en/${flow.id}/map`,
    );
  });
});
