import { act } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useEmbedded } from './use-embed.ts';
import { useQuery } from './use-hydrated.ts';

/** Each render of the probe, with what it rendered. */
let renders: string[] = [];

function Probe() {
  const query = useQuery();
  const embedded = useEmbedded();
  const shown = `${query}|${embedded}`;
  renders.push(shown);
  return <p>{shown}</p>;
}

const app = (url: string) => (
  <MemoryRouter initialEntries={[url]}>
    <Probe />
  </MemoryRouter>
);

/** Pre-renders the page as the build does, then hydrates it as start.tsx does. */
async function hydrate(url: string) {
  const container = document.createElement('div');
  container.innerHTML = renderToString(app(url));
  document.body.append(container);
  renders = [];
  const errors: unknown[] = [];
  await act(async () => {
    hydrateRoot(container, app(url), { onRecoverableError: (error) => errors.push(error) });
  });
  return { container, errors };
}

// act() flushes React's work only where the environment says it is a test.
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('what depends on the query after hydration', () => {
  it('costs a page without a query or frame no second render', async () => {
    const { container, errors } = await hydrate('/en/sspr-admin/symptom');
    expect(errors).toEqual([]);
    expect(renders).toEqual(['|false']);
    expect(container.textContent).toBe('|false');
  });

  it('renders the query and the embedding once hydrated, the first render matching the HTML', async () => {
    const { container, errors } = await hydrate('/en/sspr-admin/reset-steps?symptom=sms&embed=1');
    expect(errors).toEqual([]);
    expect(renders).toEqual(['|false', 'symptom=sms&embed=1|true']);
    expect(container.textContent).toBe('symptom=sms&embed=1|true');
  });
});
