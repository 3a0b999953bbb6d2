import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import enCommon from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import nlCommon from '../../locales/nl/common.json';
import nl from '../../locales/nl/sspr-admin.json';
import { renderRoute } from '../test/render-route.tsx';

/** The link's text a sighted reader sees (without the part for screen readers only). */
const visibleText = (link: HTMLElement) => {
  const copy = link.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
  return copy.textContent;
};

/**
 * A Change link reads as one plain sentence naming its row: visible "Change"
 * (GOV.UK's summary list) and, for screen readers, which answer it changes.
 */
describe('Change links of the answers so far', () => {
  const url = (lng: string) => `/${lng}/sspr-admin/reset-page?symptom=sms&account-type=yes`;

  it('in English: "Change your answer for ‘…’", with "Change" visible', async () => {
    await renderRoute(url('en'));
    const answers = screen.getByRole('region', { name: enCommon.answers.heading });
    const link = within(answers).getAllByRole('link')[0] as HTMLElement;
    // Its text (jsdom's name computation drops the space at the hidden part's start; e2e checks Chromium's name).
    expect(link.textContent).toBe(`Change your answer for ‘${en.questions.symptom.short}’`);
    expect(visibleText(link)).toBe('Change');
  });

  it('in Dutch: "Wijzig je antwoord bij ‘…’", with "Wijzig" visible', async () => {
    await renderRoute(url('nl'));
    const answers = screen.getByRole('region', { name: nlCommon.answers.heading });
    const link = within(answers).getAllByRole('link')[0] as HTMLElement;
    expect(link.textContent).toBe(`Wijzig je antwoord bij ‘${nl.questions.symptom.short}’`);
    expect(visibleText(link)).toBe('Wijzig');
  });
});
