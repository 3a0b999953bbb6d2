/**
 * Every generated hostile address (src/testing/hostile-urls.ts) through the
 * real routes, as the browser would hand it to the router (its own URL
 * parser's path, then the page's own address, app/html-path.ts): one h1 with
 * text, nothing thrown, no error or warning logged (but the router's for a
 * path it cannot decode). The browser sees one address per
 * class (e2e/hostile-urls.spec.ts); the URL parser alone gets 50,000 inputs
 * (src/engine/url.property.test.ts).
 */
import { act, render, waitFor } from '@testing-library/react';
import { MemoryRouter, type NavigateFunction, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOW_IDS, loadFlow } from '../i18n/flow-registry.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { App } from '../routes.tsx';
import { HOSTILE_SEED, hostileUrls } from '../testing/hostile-urls.ts';
import { ownAddress } from './html-path.ts';

const flows = await Promise.all(FLOW_IDS.map(loadFlow));
const URLS = hostileUrls(flows, LANGUAGES);

/** The router's address for what the browser was asked to open. */
function routerAddress(address: string): string {
  const url = new URL(address, 'http://127.0.0.1/');
  return `${ownAddress(url.pathname, '')}${url.search}${url.hash}`;
}

function Navigator({ into }: { into: { navigate?: NavigateFunction } }) {
  into.navigate = useNavigate();
  return null;
}

const logged: string[] = [];
/** React Router's warning for a path it cannot decode (`%E0%A4%A`): it still matches the raw path, and the page says "not found". */
const UNDECODABLE = /^The URL path ".*" could not be decoded because it is a malformed URL segment/s;
beforeEach(() => {
  const record = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
  vi.spyOn(console, 'error').mockImplementation(record);
  vi.spyOn(console, 'warn').mockImplementation((...args) => {
    if (!UNDECODABLE.test(String(args[0]))) record(...args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe(`${URLS.length} generated hostile addresses (seed ${HOSTILE_SEED}) through the real routes`, () => {
  it('each gives a page with one h1 with text, and logs no error', async () => {
    const router: { navigate?: NavigateFunction } = {};
    await act(async () => {
      render(
        <MemoryRouter initialEntries={['/en/']}>
          <App />
          <Navigator into={router} />
        </MemoryRouter>,
      );
    });
    const problems: string[] = [];
    for (const address of URLS) {
      logged.length = 0;
      await act(async () => {
        await router.navigate?.(routerAddress(address));
      });
      // A page whose text is still loading, or a redirect (an unknown language), settles a moment later.
      const h1s = await waitFor(
        () => {
          const found = [...document.querySelectorAll('h1')];
          if (found.length !== 1 || !found[0]?.textContent?.trim()) throw new Error(`${found.length} h1`);
          return found;
        },
        { interval: 5 },
      ).catch((error: Error) => error.message);
      if (typeof h1s === 'string') problems.push(`${address.slice(0, 200)}: ${h1s}`);
      if (logged.length > 0) problems.push(`${address.slice(0, 200)}: ${logged[0]?.slice(0, 300)}`);
    }
    expect(problems).toEqual([]);
  });
});
