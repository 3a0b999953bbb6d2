import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import { renderRoute } from '../test/render-route.tsx';

describe('announcing a new step', () => {
  it('moves focus to the new h1 and leaves the live region silent, so the step is heard once', async () => {
    const { user } = await renderRoute('/en/sspr-admin/symptom');
    await user.click(screen.getByLabelText(en.questions.symptom.options.sms.label));
    await user.click(screen.getByRole('button', { name: common.question.continue }));
    const next = await screen.findByRole('heading', { level: 1, name: en.questions['account-type'].title });
    await waitFor(() => expect(next).toHaveFocus());
    const live = document.querySelector('.frame > [aria-live]');
    expect(live).not.toBeNull();
    expect(live?.textContent).toBe('');
  });
});
