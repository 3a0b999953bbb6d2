import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import nl from '../../locales/nl/sspr-admin.json';
import { renderRoute } from '../test/render-route.tsx';

describe('question page', () => {
  it('shows the question as the h1 inside the legend, with radios and a hint for "not sure"', async () => {
    await renderRoute('/en/sspr-admin/account-type?symptom=sms');
    const group = screen.getByRole('group', { name: en.questions['account-type'].title });
    expect(within(group).getByRole('heading', { level: 1 })).toHaveTextContent(en.questions['account-type'].title);
    const radios = within(group).getAllByRole('radio');
    expect(radios).toHaveLength(3);
    expect(screen.getByLabelText(en.questions['account-type'].options['not-sure'].label)).toHaveAccessibleDescription();
  });

  it('makes Microsoft addresses in a hint and on the start page links (issue 21)', async () => {
    await renderRoute('/en/sspr-admin/reset-page?symptom=email&account-type=yes');
    const hint = document.getElementById('reset-page-hint') as HTMLElement;
    expect(hint).toHaveTextContent(/https:\/\/aka\.ms\/sspr/);
    expect(within(hint).getByRole('link', { name: /aka\.ms\/sspr/ })).toHaveAttribute('href', 'https://aka.ms/sspr');
  });

  it('makes Microsoft addresses on the start page links (issue 21)', async () => {
    await renderRoute('/en/sspr-admin/');
    const needs = screen.getByText(/open in another tab/).closest('li') as HTMLElement;
    expect(within(needs).getByRole('link', { name: /aka\.ms\/sspr/ })).toHaveAttribute('href', 'https://aka.ms/sspr');
  });

  it('goes to the next step with the answer appended to the query string', async () => {
    const { user, location } = await renderRoute('/en/sspr-admin/symptom');
    await user.click(screen.getByLabelText(en.questions.symptom.options.sms.label));
    await user.click(screen.getByRole('button', { name: common.question.continue }));
    await waitFor(() => expect(location()).toBe('/en/sspr-admin/account-type?symptom=sms'));
    // The router's state changes a moment before React renders the new page.
    expect(await screen.findByRole('heading', { level: 1, name: en.questions['account-type'].title })).toBeVisible();
  });

  it('follows the branch: a non-admin goes straight to the summary', async () => {
    const { user, location } = await renderRoute('/en/sspr-admin/account-type?symptom=email');
    await user.click(screen.getByLabelText(en.questions['account-type'].options.no.label));
    await user.click(screen.getByRole('button', { name: common.question.continue }));
    await waitFor(() => expect(location()).toBe('/en/sspr-admin/summary?symptom=email&account-type=no'));
    expect(await screen.findByRole('heading', { name: en.findings['not-admin'].title })).toBeInTheDocument();
  });

  it('shows an error summary and an inline error when Continue is pressed with nothing chosen', async () => {
    const { user, location } = await renderRoute('/en/sspr-admin/symptom');
    await user.click(screen.getByRole('button', { name: common.question.continue }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading')).toHaveTextContent(common.question.errorSummaryTitle);
    expect(within(alert).getByRole('link', { name: en.questions.symptom.error })).toBeInTheDocument();
    // Focus is on the summary's box; role alert is on the element inside it (GOV.UK Frontend v4.4.0).
    expect(alert.parentElement).toHaveFocus();
    expect(screen.getByRole('group')).toHaveAccessibleDescription(expect.stringContaining(en.questions.symptom.error));
    expect(location()).toBe('/en/sspr-admin/symptom');
    await waitFor(() => expect(document.title.startsWith(common.question.errorPrefix)).toBe(true));

    await user.click(within(alert).getByRole('link'));
    expect(screen.getByLabelText(en.questions.symptom.options.email.label)).toHaveFocus();
  });

  it('pre-selects the answer already in the URL', async () => {
    await renderRoute('/en/sspr-admin/symptom?symptom=both&account-type=yes');
    expect(screen.getByLabelText(en.questions.symptom.options.both.label)).toBeChecked();
  });

  it('lists answers so far with Change links that keep every answer', async () => {
    const { user, location } = await renderRoute(
      '/en/sspr-admin/other-ways?symptom=sms&account-type=yes&reset-page=methods&other-ways=other-admin&reset-steps=yes',
    );
    const answers = screen.getByRole('region', { name: 'Your answers so far' });
    // Only the answers before this step are listed.
    expect(within(answers).getAllByRole('link', { name: /Change/ })).toHaveLength(3);
    await user.click(within(answers).getByRole('link', { name: /Change.*What does not arrive/ }));
    await waitFor(() => expect(location()).toMatch(/^\/en\/sspr-admin\/symptom\?/));
    await screen.findByRole('heading', { level: 1, name: en.questions.symptom.title });
    expect(screen.getByLabelText(en.questions.symptom.options.sms.label)).toBeChecked();

    // Changing the symptom keeps the later answers that still fit the path,
    // and Continue goes straight to the first question still open.
    await user.click(screen.getByLabelText(en.questions.symptom.options.email.label));
    // The next question's text may still be loading (a locale part): the click suspends, so act() is awaited.
    await act(async () => {
      await user.click(screen.getByRole('button', { name: common.question.continue }));
    });
    await waitFor(() =>
      expect(location()).toBe(
        '/en/sspr-admin/alternate-email?symptom=email&account-type=yes&reset-page=methods&other-ways=other-admin&reset-steps=yes',
      ),
    );
    await screen.findByRole('heading', { level: 1, name: en.questions['alternate-email'].title });
    const answersNow = screen.getByRole('region', { name: 'Your answers so far' });
    expect(within(answersNow).getByText(en.questions.symptom.options.email.label)).toBeInTheDocument();
  });

  it('links Back to the previous step with the answers kept', async () => {
    await renderRoute('/en/sspr-admin/reset-page?symptom=sms&account-type=yes');
    expect(screen.getByRole('link', { name: common.question.back })).toHaveAttribute(
      'href',
      '/en/sspr-admin/account-type?symptom=sms&account-type=yes',
    );
    expect(screen.getByRole('link', { name: common.question.startAgain })).toHaveAttribute('href', '/en/sspr-admin/');
  });

  it('renders in Dutch under /nl/ and offers the same page in English', async () => {
    await renderRoute('/nl/sspr-admin/mobile-registered?symptom=sms');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(nl.questions['mobile-registered'].title);
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute(
      'href',
      '/en/sspr-admin/mobile-registered?symptom=sms',
    );
  });

  it('drops parameters that name no question or option, keeps the rest, and says so', async () => {
    const { location } = await renderRoute('/en/sspr-admin/account-type?symptom=sms&colour=red&account-type=maybe');
    await waitFor(() => expect(location()).toBe('/en/sspr-admin/account-type?symptom=sms'));
    expect(screen.getByRole('status')).toHaveTextContent(/2 parts of the link were not recognised/);
  });

  it('shows a localized not-found page for an unknown step, with a way back to the start', async () => {
    await renderRoute('/nl/sspr-admin/bestaat-niet');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Pagina niet gevonden');
    expect(screen.getByRole('link', { name: new RegExp(nl.meta.title) })).toHaveAttribute('href', '/nl/sspr-admin/');
  });

  it('redirects an old step id (alias) to the step it was renamed to, answers kept', async () => {
    const { location } = await renderRoute('/en/sspr-admin/country-code?symptom=sms');
    await waitFor(() => expect(location()).toBe('/en/sspr-admin/mobile-registered?symptom=sms'));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.questions['mobile-registered'].title);
  });

  it('keeps the README’s example link working after its step was folded into another (content v2)', async () => {
    const { location } = await renderRoute('/en/sspr-admin/number-format?symptom=sms&account-type=yes');
    await waitFor(() => expect(location()).toBe('/en/sspr-admin/mobile-registered?symptom=sms&account-type=yes'));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(en.questions['mobile-registered'].title);
  });

  it('treats ids case-insensitively: an upper-case link is redirected to the lower-case URL', async () => {
    const { location } = await renderRoute('/EN/SSPR-Admin/Symptom?symptom=sms');
    await waitFor(() => expect(location()).toBe('/en/sspr-admin/symptom?symptom=sms'));
    expect(await screen.findByRole('heading', { level: 1, name: en.questions.symptom.title })).toBeVisible();
  });
});

describe('question page: the day Microsoft stops sending texts (dates are decided in the browser)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** An administrator whose text does not arrive presses Continue on `day`; returns where it led. */
  async function afterAdministrator(day: string) {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(`${day}T09:00:00`));
    const start = '/en/sspr-admin/account-type?symptom=sms';
    const { user, location } = await renderRoute(start);
    await user.click(screen.getByLabelText(en.questions['account-type'].options.yes.label));
    await user.click(screen.getByRole('button', { name: common.question.continue }));
    await waitFor(() => expect(location()).not.toBe(start));
    return location();
  }

  it('the day before, goes on to what the reset page showed', async () => {
    expect(await afterAdministrator('2027-01-31')).toBe('/en/sspr-admin/reset-page?symptom=sms&account-type=yes');
  });

  it('from the first date, first asks whether texts still reach the account, naming both dates', async () => {
    expect(await afterAdministrator('2027-02-01')).toBe('/en/sspr-admin/text-delivery?symptom=sms&account-type=yes');
    await screen.findByRole('heading', { level: 1, name: en.questions['text-delivery'].title });
    expect(screen.getByRole('group', { name: en.questions['text-delivery'].title })).toHaveAccessibleDescription(
      expect.stringMatching(/1 February 2027.*1 July 2027/),
    );
  });

  it('from the second date, asks only whether the organisation has its own telephony provider', async () => {
    expect(await afterAdministrator('2027-07-01')).toBe('/en/sspr-admin/telecom-provider?symptom=sms&account-type=yes');
    await screen.findByRole('heading', { level: 1, name: en.questions['telecom-provider'].title });
  });
});
