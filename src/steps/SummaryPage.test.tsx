import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import nlCommon from '../../locales/nl/common.json';
import nl from '../../locales/nl/sspr-admin.json';
import { loadFindings } from '../i18n/i18n.ts';
import { flowResources, languageText } from '../i18n/text-resource.ts';
import { renderRoute as renderPage } from '../test/render-route.tsx';

/** Renders a summary URL and waits for its body (a lazily loaded chunk with the findings' text). */
async function renderRoute(url: string) {
  const view = await renderPage(url);
  await waitFor(() => expect(document.querySelector('.summary__body')?.childElementCount).toBeGreaterThan(0));
  return view;
}

/** Unsure of several things, an internet number, and nobody else to help: five findings. */
const SMS_PATH =
  'symptom=sms&account-type=not-sure&reset-page=methods&other-ways=neither&reset-steps=not-sure' +
  '&mobile-registered=not-sure&phone-receives-sms=internet';

/** The text of a shared note as shown, its date filled in. */
const note = (id: keyof typeof en.notes) =>
  en.notes[id]
    .replace('{date:sms-voice-retirement}', '1 February 2027')
    .replace('{date:sms-voice-retirement-ga}', '1 July 2027');

describe('summary page', () => {
  // The findings' text is a chunk of its own, loaded when a summary first
  // shows; load it up front so each test sees the finished page.
  beforeAll(async () => {
    await loadFindings('en', 'sspr-admin');
  });

  it('sends a regular user on to the employees’ troubleshooter with what does not arrive', async () => {
    // The other flow's text up front, as for the findings: read on demand, it
    // took over waitFor's second in a full parallel run (2 of 5 runs failed).
    await flowResources('en', 'sspr-user');
    const { user, location } = await renderRoute('/en/sspr-admin/summary?symptom=sms&account-type=no&embed=1');
    const link = screen.getByRole('link', { name: en.findings['not-admin'].handoff });
    expect(link).toHaveAttribute('href', '/en/sspr-user/reset-page?symptom=sms&embed=1');
    await user.click(link);
    await waitFor(() => expect(location()).toBe('/en/sspr-user/reset-page?symptom=sms&embed=1'));
  }, 20_000);

  it('keeps embed=1 on Back when the summary has no answers', async () => {
    await renderPage('/en/sspr-admin/summary?embed=1');
    expect(screen.getByRole('link', { name: common.question.back })).toHaveAttribute('href', '/en/sspr-admin/?embed=1');
  });

  it('leads with the most likely cause, then what else to check, then who can help', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const titlesIn = (name: string) =>
      within(screen.getByRole('region', { name }))
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);
    expect(titlesIn(common.summary.leadHeading)).toEqual([en.findings['non-carrier-number'].title]);
    expect(titlesIn(common.summary.alsoHeading)).toEqual([
      en.findings['follow-reset-steps'].title,
      en.findings['check-admin-role'].title,
      en.findings['check-number-format'].title,
    ]);
    expect(titlesIn(en.summary.escalationHeading)).toEqual([en.findings['contact-microsoft-support'].title]);
    expect(screen.queryByText(en.noCause.title)).not.toBeInTheDocument();
  });

  it('shows each shared note once, under the first finding that has it, with its date', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const retirement = screen.getAllByText(
      (_, element) => element?.textContent === `Warning ${note('sms-voice-retirement')}`,
    );
    expect(retirement).toHaveLength(1);
    expect(screen.getByRole('region', { name: en.findings['non-carrier-number'].title })).toContainElement(
      retirement[0] as HTMLElement,
    );
    const limit = screen.getAllByText((_, element) => element?.textContent === `Warning ${note('retry-limit')}`);
    expect(limit).toHaveLength(1);
    expect(screen.getByRole('region', { name: en.findings['follow-reset-steps'].title })).toContainElement(
      limit[0] as HTMLElement,
    );
  });

  it('numbers the remedy steps and opens Microsoft links in a new tab', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const finding = screen.getByRole('region', { name: en.findings['non-carrier-number'].title });
    expect(within(finding).getAllByRole('list')[0]).toBeInstanceOf(HTMLOListElement);
    for (const link of within(finding).getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
      expect(link).toHaveTextContent(common.summary.newTab);
    }
  });

  it('shows commands in code blocks with a Copy button that copies the command', async () => {
    const { user } = await renderRoute(
      '/en/sspr-admin/summary?symptom=sms&account-type=yes&reset-page=not-enabled&other-admin=yes',
    );
    const finding = screen.getByRole('region', { name: en.findings['admin-sspr-off'].title });
    // The code blocks (a command quoted in running text is inline code, outside <pre>).
    const code = within(finding).getAllByText(
      (_, element) => element?.tagName === 'CODE' && element.closest('pre') !== null,
    );
    // Complete as written: install, connect with the right scope, then the command.
    expect(code.map((element) => element.textContent)).toEqual([
      'Install-Module Microsoft.Graph -Scope CurrentUser',
      'Connect-MgGraph -Scopes Policy.ReadWrite.Authorization',
      'Update-MgPolicyAuthorizationPolicy -AllowedToUseSspr:$true',
      'Install-Module Microsoft.Entra -Scope CurrentUser',
      "Connect-Entra -Scopes 'Policy.ReadWrite.Authorization'",
      'Set-EntraAuthorizationPolicy -AllowedToUseSSPR $true',
    ]);
    const buttons = within(finding).getAllByRole('button', { name: /^Copy command: / });
    expect(buttons[1]).toHaveAccessibleName('Copy command: Connect-MgGraph -Scopes Policy.ReadWrite.Authorization');
    await user.click(buttons[1] as HTMLElement);
    expect(await within(finding).findByText(common.summary.copied)).toBeInTheDocument();
    // user-event puts its own clipboard on navigator; read back what was written.
    expect(await navigator.clipboard.readText()).toBe('Connect-MgGraph -Scopes Policy.ReadWrite.Authorization');
  });

  it('copies a plain-text summary for a ticket with the link, findings and answers', async () => {
    const { user } = await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    await user.click(screen.getByRole('button', { name: common.summary.copySummary }));
    expect(await screen.findByText(common.summary.copySummaryDone)).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text).toContain(`${common.summary.ticketLink}: ${window.location.href}`);
    expect(text).toContain(`1. ${en.findings['non-carrier-number'].title}`);
    expect(text).toContain(`5. ${en.findings['contact-microsoft-support'].title}`);
    expect(text).toContain(
      `- ${en.questions['phone-receives-sms'].short}: ${en.questions['phone-receives-sms'].options.internet.label}`,
    );
  });

  it('with only things to check, promises no cause: the checks, then who can help', async () => {
    // Only checks and who can help: nothing the reader answered names a cause.
    await renderRoute(
      '/en/sspr-admin/summary?symptom=sms&account-type=yes&reset-page=not-sure&other-ways=other-admin' +
        '&reset-steps=yes&mobile-registered=not-sure&phone-receives-sms=not-sure',
    );
    // The lead does not promise a "most likely cause" that the page does not show (issue 21).
    expect(screen.getByText(common.summary.lead)).toHaveTextContent(/if there is one/);
    expect(screen.queryByRole('region', { name: common.summary.leadHeading })).not.toBeInTheDocument();
    const checks = screen.getByRole('region', { name: common.summary.checksHeading });
    expect(
      within(checks).getByRole('heading', { level: 3, name: en.findings['check-reset-page'].title }),
    ).toBeVisible();
    // Every Microsoft address in the text is a link (issue 21), as in the checks' steps.
    expect(within(checks).getAllByRole('link', { name: /https:\/\/aka\.ms\/sspr/ })[0]).toHaveAttribute(
      'href',
      'https://aka.ms/sspr',
    );
    const escalation = screen.getByRole('region', { name: en.summary.escalationHeading });
    expect(within(escalation).getByRole('heading', { level: 3 })).toHaveTextContent(
      en.findings['ask-other-admin'].title,
    );
  });

  it('flags a question that was passed over and links to it', async () => {
    // A link that skips the number question: it is passed over, the later answer kept.
    await renderRoute(
      '/en/sspr-admin/summary?symptom=both&account-type=yes&reset-page=methods&other-ways=other-admin' +
        '&reset-steps=yes&alternate-email=no&phone-receives-sms=yes',
    );
    expect(screen.getByText(common.summary.incomplete)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Answer the next question/ })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/en\/sspr-admin\/mobile-registered\?symptom=both&/),
    );
  });

  it('marks a summary reached with missing answers as incomplete, linking the next question', async () => {
    await renderRoute('/en/sspr-admin/summary?symptom=email');
    expect(screen.getByText(common.summary.incomplete)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: new RegExp(en.questions['account-type'].title.replace('?', '\\?')) }),
    ).toHaveAttribute('href', '/en/sspr-admin/account-type?symptom=email');
    // Not "no cause found": the questions that could find one were never asked.
    expect(screen.queryByRole('heading', { name: en.noCause.title })).not.toBeInTheDocument();
  });

  it('offers the start instead of a summary when no question was answered', async () => {
    await renderRoute('/en/sspr-admin/summary');
    expect(screen.getByRole('heading', { level: 2, name: common.summary.notStartedTitle })).toBeVisible();
    expect(screen.getByRole('link', { name: common.summary.startLink })).toHaveAttribute(
      'href',
      '/en/sspr-admin/symptom',
    );
    expect(screen.queryByText(en.noCause.title)).not.toBeInTheDocument();
  });

  it('lists the findings at the top with jump links when there are many', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const contents = screen.getByRole('navigation', { name: common.summary.contentsHeading });
    expect(within(contents).getByRole('link', { name: en.findings['non-carrier-number'].title })).toHaveAttribute(
      'href',
      '#finding-non-carrier-number',
    );
    expect(document.getElementById('finding-non-carrier-number')).toHaveTextContent(
      en.findings['non-carrier-number'].title,
    );
  });

  it('lists the answers with Change links and asks whether this solved it', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const answers = screen.getByRole('region', { name: common.summary.yourAnswers });
    expect(within(answers).getAllByRole('link', { name: /Change/ })).toHaveLength(7);
    expect(screen.getByRole('link', { name: common.summary.solvedYes })).toHaveAttribute(
      'href',
      `/en/sspr-admin/done?${SMS_PATH}`,
    );
    expect(screen.getByRole('link', { name: common.summary.solvedNo })).toHaveAttribute(
      'href',
      `/en/sspr-admin/more-help?${SMS_PATH}`,
    );
  });

  it('switching language on the summary waits for the other language’s findings, then shows them', async () => {
    // The Dutch UI and step text are there already; the Dutch findings are not.
    await flowResources('nl', 'sspr-admin');
    await languageText('nl');
    const { user } = await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    await user.click(screen.getByRole('link', { name: 'Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 3, name: nl.findings['non-carrier-number'].title }),
    ).toBeVisible();
    expect(screen.queryByText(nlCommon.error.title)).not.toBeInTheDocument();
  });
});

describe('summary page: the day Microsoft stops sending texts', () => {
  beforeAll(async () => {
    await loadFindings('en', 'sspr-admin');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** An admin without an own telecom provider whose text does not arrive. */
  const RETIRED = 'symptom=sms&account-type=yes&text-delivery=neither&reset-page=methods&other-ways=other-admin';

  it('from that day, says first that texts are no longer sent, and asks nothing about the number', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-02-01T09:00:00'));
    await renderRoute(`/en/sspr-admin/summary?${RETIRED}`);
    const lead = screen.getByRole('region', { name: common.summary.leadHeading });
    expect(within(lead).getByRole('heading', { level: 3 })).toHaveTextContent(
      en.findings['sms-retired'].title
        .replace('{date:sms-voice-retirement}', '1 February 2027')
        .replace('{date:sms-voice-retirement-ga}', '1 July 2027'),
    );
    expect(
      within(lead).getByText(/^From 1 February 2027, Microsoft no longer sends its own text messages/),
    ).toBeInTheDocument();
    expect(screen.queryByText(common.summary.incomplete)).not.toBeInTheDocument();
  });

  it('a page opened before that day gives the old advice: the answer about a provider counts for nothing yet', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-31T09:00:00'));
    await renderRoute(`/en/sspr-admin/summary?${RETIRED}`);
    expect(screen.queryByRole('heading', { name: en.findings['sms-retired'].title })).not.toBeInTheDocument();
    // Before the date the reset steps and the number still matter: the summary asks for them.
    expect(screen.getByText(common.summary.incomplete)).toBeInTheDocument();
  });
});
