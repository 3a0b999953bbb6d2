import { screen, waitFor, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import common from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import nlCommon from '../../locales/nl/common.json';
import nl from '../../locales/nl/sspr-admin.json';
import { loadFindings } from '../app/i18n.ts';
import { languageText } from '../app/text-resource.ts';
import { renderRoute as renderPage } from '../test/render-route.tsx';

/** Renders a summary URL and waits for its body (a lazily loaded chunk with the findings' text). */
async function renderRoute(url: string) {
  const view = await renderPage(url);
  await waitFor(() => expect(document.querySelector('.summary__body')?.childElementCount).toBeGreaterThan(0));
  return view;
}

const SMS_PATH =
  'symptom=sms&account-type=yes&user-name=yes&admin-sspr=yes&reset-steps=yes&mobile-registered=yes' +
  '&number-format=no&number-type=internet&first-step-done=no&other-admin=no';

describe('summary page', () => {
  // The findings' text is a chunk of its own, loaded when a summary first
  // shows; load it up front so each test sees the finished page.
  beforeAll(async () => {
    await loadFindings('en', 'sspr-admin');
  });

  it('shows each finding on the path as its own section, causes before escalation', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const causes = screen.getByRole('region', { name: common.summary.causesHeading });
    const titles = within(causes)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(titles).toEqual([
      en.findings['missing-country-code'].title,
      en.findings['non-carrier-number'].title,
      en.findings['first-step-not-done'].title,
    ]);
    const escalation = screen.getByRole('region', { name: common.summary.escalationHeading });
    expect(within(escalation).getByRole('heading', { level: 3 })).toHaveTextContent(
      en.findings['contact-microsoft-support'].title,
    );
    expect(screen.queryByText(en.noCause.title)).not.toBeInTheDocument();
  });

  it('numbers the remedy steps and opens Microsoft links in a new tab', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const finding = screen.getByRole('region', { name: en.findings['missing-country-code'].title });
    expect(within(finding).getAllByRole('list')[0]).toBeInstanceOf(HTMLOListElement);
    for (const link of within(finding).getAllByRole('link')) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
      expect(link).toHaveTextContent(common.summary.newTab);
    }
  });

  it('shows commands in code blocks with a Copy button that copies the command', async () => {
    const { user } = await renderRoute(
      '/en/sspr-admin/summary?symptom=sms&account-type=yes&user-name=yes&admin-sspr=not-sure',
    );
    const finding = screen.getByRole('region', { name: en.findings['check-admin-sspr'].title });
    const code = within(finding).getAllByText((_, element) => element?.tagName === 'CODE');
    expect(code[0]).toHaveTextContent('Connect-MgGraph -Scopes Policy.Read.All');
    const buttons = within(finding).getAllByRole('button', { name: /^Copy command: / });
    expect(buttons[0]).toHaveAccessibleName('Copy command: Connect-MgGraph -Scopes Policy.Read.All');
    await user.click(buttons[0] as HTMLElement);
    expect(await within(finding).findByText(common.summary.copied)).toBeInTheDocument();
    // user-event puts its own clipboard on navigator; read back what was written.
    expect(await navigator.clipboard.readText()).toBe('Connect-MgGraph -Scopes Policy.Read.All');
  });

  it('copies a plain-text summary for a ticket with the link, findings and answers', async () => {
    const { user } = await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    await user.click(screen.getByRole('button', { name: common.summary.copySummary }));
    expect(await screen.findByText(common.summary.copySummaryDone)).toBeInTheDocument();
    const text = await navigator.clipboard.readText();
    expect(text).toContain(`${common.summary.ticketLink}: ${window.location.href}`);
    expect(text).toContain(`1. ${en.findings['missing-country-code'].title}`);
    expect(text).toContain(`4. ${en.findings['contact-microsoft-support'].title}`);
    expect(text).toContain(
      `- ${en.questions['number-type'].short}: ${en.questions['number-type'].options.internet.label}`,
    );
  });

  it('says when no cause was found, and still shows who can help', async () => {
    await renderRoute(
      '/en/sspr-admin/summary?symptom=sms&account-type=yes&user-name=yes&admin-sspr=yes&reset-steps=yes' +
        '&mobile-registered=yes&number-format=yes&japanese-number=not-japanese&number-type=carrier' +
        '&phone-receives-sms=yes&foreign-sms=yes&first-step-done=yes&other-admin=yes',
    );
    expect(screen.getByRole('heading', { level: 2, name: en.noCause.title })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: common.summary.causesHeading })).not.toBeInTheDocument();
    const escalation = screen.getByRole('region', { name: common.summary.escalationHeading });
    expect(within(escalation).getByRole('heading', { level: 3 })).toHaveTextContent(
      en.findings['ask-other-admin'].title,
    );
  });

  it('flags a question that was passed over and links to it', async () => {
    // symptom changed to "both" after the email branch: the text-message questions were never asked.
    await renderRoute(
      '/en/sspr-admin/summary?symptom=both&account-type=yes&user-name=yes&admin-sspr=yes&reset-steps=yes' +
        '&alternate-email=no&other-admin=yes',
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
    expect(within(contents).getByRole('link', { name: en.findings['missing-country-code'].title })).toHaveAttribute(
      'href',
      '#finding-missing-country-code',
    );
    expect(document.getElementById('finding-missing-country-code')).toHaveTextContent(
      en.findings['missing-country-code'].title,
    );
  });

  it('lists the answers with Change links and asks whether this solved it', async () => {
    await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    const answers = screen.getByRole('region', { name: common.summary.yourAnswers });
    expect(within(answers).getAllByRole('link', { name: /Change/ })).toHaveLength(10);
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
    // The Dutch UI text is there already; the Dutch findings are not.
    await languageText('nl');
    const { user } = await renderRoute(`/en/sspr-admin/summary?${SMS_PATH}`);
    await user.click(screen.getByRole('link', { name: 'Lees deze pagina in het Nederlands' }));
    expect(
      await screen.findByRole('heading', { level: 3, name: nl.findings['missing-country-code'].title }),
    ).toBeVisible();
    expect(screen.queryByText(nlCommon.error.title)).not.toBeInTheDocument();
  });
});
