/**
 * Routing through the real routes, option by option: for every flow on disk
 * and every era of its dates, journeys that together take every option a
 * reader can take (from the engine's edge witnesses; the flows the app
 * itself finds, each flows/<id>/flow.ts), answered as a reader
 * does (the option's radio, then Continue), end on the summary with the
 * answers in the address and the findings walk() and the summary plan give,
 * in that order. This is where the browser journeys' routing is proven;
 * e2e/journey.spec.ts keeps a few for what only a browser shows.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { edgeWitnesses, eras } from '../engine/paths.ts';
import { planSummary } from '../engine/summary-plan.ts';
import type { Answer } from '../engine/types.ts';
import { answersFromSearch } from '../engine/url-state.ts';
import { walk } from '../engine/walk.ts';
import { FLOW_IDS, loadFlow } from '../i18n/flow-registry.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { App } from '../routes.tsx';
import { TEST_DAY } from '../test/setup.ts';
import { coverOptions } from '../testing/cover-options.ts';

const flows = await Promise.all(FLOW_IDS.map(loadFlow));
const continueLabel = async (lng: string): Promise<string> =>
  ((await import(`../../locales/${lng}/common.json`)) as { default: { question: { continue: string } } }).default
    .question.continue;

interface Journey {
  readonly today: string;
  readonly path: readonly Answer[];
}

const edge = ({ question, option }: Answer) => `${question}=${option}`;

/**
 * Journeys that together take every option a reader can take on some day,
 * and at least one on each day: an option routes the same way on any day it
 * is offered, and the engine's walk tests prove each day's routing edge by edge.
 */
function journeysOf(candidates: readonly Journey[]): Journey[] {
  const chosen = coverOptions(candidates, ({ path }) => path.map(edge));
  for (const candidate of candidates)
    if (!chosen.some(({ today }) => today === candidate.today)) chosen.push(candidate);
  return chosen;
}

/** The radio of an option (ids are `{question}-{option}`, src/steps/QuestionPage.tsx). */
function radioOf(question: string, option: string): HTMLInputElement {
  const found = document.getElementById(`${question}-${option}`);
  if (!(found instanceof HTMLInputElement)) throw new Error(`no radio ${question}-${option}`);
  return found;
}

function Probe({ into }: { into: { pathname: string; search: string } }) {
  const { pathname, search } = useLocation();
  into.pathname = pathname;
  into.search = search;
  return null;
}

describe('every option through the real routes', () => {
  it('covers every flow the app has', () => {
    expect(flows.map((flow) => flow.id)).toEqual(FLOW_IDS);
    expect(flows.length).toBeGreaterThan(0);
  });

  for (const flow of flows) {
    const candidates = eras(flow).flatMap((era) =>
      edgeWitnesses(flow, era.reached).map(({ path }) => ({ today: era.from ?? TEST_DAY, path })),
    );
    const journeys = journeysOf(candidates);
    describe(flow.id, () => {
      it(`${journeys.length} journeys take every option a reader can take, on every day of its dates`, () => {
        expect(new Set(journeys.flatMap(({ path }) => path.map(edge)))).toEqual(
          new Set(candidates.flatMap(({ path }) => path.map(edge))),
        );
        expect(new Set(journeys.map(({ today }) => today))).toEqual(new Set(candidates.map(({ today }) => today)));
      });

      for (const [index, { today, path }] of journeys.entries()) {
        const lng = LANGUAGES[index % LANGUAGES.length] as string;
        it(`journey ${index + 1} (${lng}, ${today}) ends on the summary walk() gives`, async () => {
          vi.setSystemTime(new Date(`${today}T09:00:00`));
          const go = await continueLabel(lng);
          const here = { pathname: '', search: '' };
          await act(async () => {
            render(
              <MemoryRouter initialEntries={[`/${lng}/${flow.id}/${flow.start}`]}>
                <App />
                <Probe into={here} />
              </MemoryRouter>,
            );
          });
          for (const { question, option } of path) {
            const input = await waitFor(() => radioOf(question, option));
            await act(async () => {
              fireEvent.click(input);
              fireEvent.click(screen.getByRole('button', { name: go }));
            });
            await waitFor(() => expect(here.pathname).not.toBe(`/${lng}/${flow.id}/${question}`));
          }
          const { findings } = walk(flow, path, { today });
          const { lead, also, escalation } = planSummary(flow, findings);
          const expected = [...(lead ? [lead] : []), ...also, ...escalation].map(({ id }) => `finding-${id}`);
          expect(here.pathname).toBe(`/${lng}/${flow.id}/summary`);
          expect(answersFromSearch(here.search)).toEqual(path);
          await waitFor(() =>
            expect([...document.querySelectorAll('.finding__title')].map((title) => title.id)).toEqual(expected),
          );
        });
      }
    });
  }
});
