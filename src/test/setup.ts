import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom has no layout: react-router's ScrollRestoration calls scrollTo, which jsdom only logs as missing.
window.scrollTo = () => {};
