import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import { renderRoute } from '../test/render-route.tsx';

/**
 * The error summary as GOV.UK Frontend has it since v4.4.0 (issue #2657):
 * focus goes to the container, and `role="alert"` sits on an inner element
 * around the title and the list, so a screen reader reads the error itself,
 * not only the container's name ("There is a problem").
 */
describe('error summary', () => {
  it('has role alert around the title and the errors, on an inner element, and no label on the focused box', async () => {
    const { user } = await renderRoute('/en/sspr-admin/symptom');
    await user.click(screen.getByRole('button', { name: common.question.continue }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { level: 2 })).toHaveTextContent(common.question.errorSummaryTitle);
    expect(within(alert).getByRole('link', { name: en.questions.symptom.error })).toBeInTheDocument();

    const box = document.activeElement as HTMLElement;
    expect(box).toHaveClass('error-summary');
    expect(box).toHaveAttribute('tabindex', '-1');
    expect(box).not.toHaveAttribute('role');
    expect(box).not.toHaveAttribute('aria-labelledby');
    expect(box.firstElementChild).toBe(alert);
    expect(alert.textContent).toBe(`${common.question.errorSummaryTitle}${en.questions.symptom.error}`);
    expect(within(box).getByRole('heading')).not.toHaveAttribute('id');
  });
});
