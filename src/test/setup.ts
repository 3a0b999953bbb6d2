import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render loads locale chunks; on a busy 2-core CI machine that can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});

// jsdom has no layout: react-router's ScrollRestoration calls scrollTo, which jsdom only logs as missing.
window.scrollTo = () => {};

// The app reads config.json from its own origin; in jsdom there is none, so serve the shipped defaults.
import shippedConfig from '../../public/config.json';

const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) =>
  String(input).endsWith('config.json') ? new Response(JSON.stringify(shippedConfig)) : realFetch(input, init);
