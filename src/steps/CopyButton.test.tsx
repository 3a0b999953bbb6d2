import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import { renderRoute } from '../test/render-route.tsx';

/**
 * Inside an embed without clipboard permission the Clipboard API is refused,
 * and copying falls back to a hidden textarea. That must not lose the
 * reader's place (WCAG 2.4.3): focus stays on the Copy button.
 */
describe('Copy when the Clipboard API is refused', () => {
  /** The Clipboard API as an embed without permission has it. (After userEvent.setup(), which stubs its own.) */
  const refuseClipboard = () =>
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: vi.fn(() => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))),
      },
    });

  beforeEach(() => {
    // jsdom has no execCommand; a browser copies the selected textarea.
    Object.defineProperty(document, 'execCommand', { configurable: true, value: vi.fn(() => true) });
    // jsdom's select() leaves focus alone; a browser's select() focuses the
    // textarea (so its removal drops focus to <body>). Do as the browser does.
    const select = HTMLTextAreaElement.prototype.select;
    vi.spyOn(HTMLTextAreaElement.prototype, 'select').mockImplementation(function (this: HTMLTextAreaElement) {
      this.focus();
      select.call(this);
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(document, 'execCommand');
  });

  it('copies with the fallback and leaves focus on the Copy button', async () => {
    const { user } = await renderRoute('/en/sspr-admin/summary?symptom=sms&account-type=no');
    refuseClipboard();
    const button = await screen.findByRole('button', { name: common.summary.copySummary });
    await user.click(button);
    expect(await screen.findByText(common.summary.copySummaryDone)).toBeInTheDocument();
    expect(document.execCommand).toHaveBeenCalledWith('copy');
    expect(document.activeElement).toBe(button);
  });
});
