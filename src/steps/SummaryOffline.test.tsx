import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import { renderRoute } from '../test/render-route.tsx';

// The connection drops before the summary's findings arrive.
vi.mock('../i18n/i18n.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../i18n/i18n.ts')>()),
  loadFindings: vi.fn(() => Promise.reject(new Error('Failed to fetch dynamically imported module'))),
}));

describe('summary page without a connection', () => {
  it('says so in the reader’s language with a way to try again, instead of a blank summary', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await renderRoute('/en/sspr-admin/summary?symptom=sms&account-type=no');
    expect(await screen.findByRole('heading', { level: 1, name: common.error.title })).toBeVisible();
    // "Try again" reloads the same address, answers and all.
    expect(screen.getByRole('link', { name: common.error.retry })).toHaveAttribute(
      'href',
      '/en/sspr-admin/summary?symptom=sms&account-type=no',
    );
  });
});
