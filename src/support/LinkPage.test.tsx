import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import sspr from '../../flows/sspr-admin/flow.ts';
import common from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import enUser from '../../locales/en/sspr-user.json';
import { answersFromSearch } from '../engine/url-state.ts';
import { walk } from '../engine/walk.ts';
import { loadFindings } from '../i18n/i18n.ts';
import { flowResources } from '../i18n/text-resource.ts';
import { renderRoute } from '../test/render-route.tsx';

/**
 * The link reader: a customer's summary link (embedded, under a sub-path,
 * with a tracking parameter) read in the browser into the findings the
 * summary would show, the ignored parameters with why, and no request.
 */
const words = common.supportTools.link;
const ANSWERS = 'symptom=sms&account-type=yes&reset-page=methods&other-ways=neither';

async function paste(link: string) {
  const view = await renderRoute('/en/sspr-admin/link');
  const field = screen.getByLabelText(words.label);
  await view.user.click(field);
  await view.user.paste(link);
  await view.user.keyboard('{Enter}');
  return view;
}

describe('the link reader', () => {
  beforeAll(async () => {
    await loadFindings('en', 'sspr-admin');
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('reads a pasted summary link into the findings walk() gives, without a request or navigation', async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const link = `https://intranet.example.com/help/wizard/nl/sspr-admin/summary?embed=1&utm_source=mail&${ANSWERS}&colour=blue`;
    const { location } = await paste(link);
    const result = await screen.findByRole('region', { name: words.resultHeading });
    const expected = walk(sspr, answersFromSearch(ANSWERS)).findings;
    expect(expected.length).toBeGreaterThan(0);
    const findings = result.querySelectorAll('.support-link__findings a');
    expect([...findings].map((item) => item.textContent)).toEqual(
      expected.map((id) => en.findings[id as keyof typeof en.findings].title),
    );
    expect(findings[0]).toHaveAttribute('href', `/en/sspr-admin/all#finding-${expected[0]}`);
    // Each answer in words, in the agent's language (English), though the link is Dutch.
    expect(result).toHaveTextContent(`${en.questions.symptom.short}${en.questions.symptom.options.sms.label}`);
    expect(result).toHaveTextContent(words.embedded);
    // The ignored parameters, each with why.
    const ignored = [...result.querySelectorAll('.support-link__ignored tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(ignored).toEqual([
      ['embed=1', words.reasons.reserved],
      ['utm_source=mail', words.reasons.tracking],
      ['colour=blue', words.reasons['unknown-question']],
    ]);
    // The same state in every language, without embed or tracking.
    const same = [...result.querySelectorAll('.support-link__same a')].map((a) => a.getAttribute('href'));
    expect(same).toContain(`/en/sspr-admin/summary?${ANSWERS}`);
    expect(same).toContain(`/nl/sspr-admin/summary?${ANSWERS}`);
    expect(fetch).not.toHaveBeenCalled();
    expect(location()).toBe('/en/sspr-admin/link');
  }, 30_000);

  it('shows a localised error for garbage, for an empty field and for a link elsewhere', async () => {
    const { user } = await paste('mailto:someone@example.com');
    expect(within(screen.getByRole('alert')).getByText(words.errorNotUrl)).toBeInTheDocument();
    const field = screen.getByLabelText(words.label);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.paste('https://www.example.com/some/page');
    await user.keyboard('{Enter}');
    expect(within(screen.getByRole('alert')).getByText(words.errorNoFlow)).toBeInTheDocument();
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: words.read }));
    expect(within(screen.getByRole('alert')).getByText(words.errorEmpty)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: words.resultHeading })).not.toBeInTheDocument();
  }, 30_000);

  it("reads a link to another troubleshooter in that troubleshooter's reader, without pasting it again", async () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const link = 'https://help.example.com/nl/sspr-user/reset-page?symptom=email&utm_source=mail';
    const { location, user } = await renderRoute('/en/sspr-admin/link');
    await user.click(screen.getByLabelText(words.label));
    await user.paste(link);
    // Reading changes the page to the other flow's reader, which waits for that flow's definition and text
    // (a transition); an awaited act lets React finish it once they are there.
    await act(async () => {
      screen.getByRole('button', { name: words.read }).click();
      await flowResources('en', 'sspr-user');
    });
    const result = await screen.findByRole('region', { name: words.resultHeading }, { timeout: 10_000 });
    // The reader of the link's troubleshooter, in the agent's language, with the link in its field.
    expect(location()).toBe('/en/sspr-user/link');
    expect(screen.getByLabelText(words.label)).toHaveValue(link);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // It says so, naming that troubleshooter by its title.
    expect(within(result).getByText(words.otherFlow.replace('{{flow}}', enUser.meta.title))).toBeInTheDocument();
    expect(result).toHaveTextContent(
      `${enUser.questions.symptom.short}${enUser.questions.symptom.options.email.label}`,
    );
    expect(document.activeElement).toBe(within(result).getByRole('heading', { name: words.resultHeading }));
    const same = [...result.querySelectorAll('.support-link__same a')].map((a) => a.getAttribute('href'));
    expect(same).toContain('/en/sspr-user/reset-page?symptom=email');
    // Only the wizard's own modules were loaded (import()), never a request with the link.
    expect(fetch).not.toHaveBeenCalled();
    // A link to this reader's own troubleshooter is read here, without the notice.
    await user.clear(screen.getByLabelText(words.label));
    await user.paste('/nl/sspr-user/?symptom=sms');
    await user.keyboard('{Enter}');
    expect(location()).toBe('/en/sspr-user/link');
    expect(screen.queryByText(words.otherFlow.replace('{{flow}}', enUser.meta.title))).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: words.resultHeading })).toHaveTextContent(
      enUser.questions.symptom.options.sms.label,
    );
  }, 30_000);

  it('builds a link to a step with the answers on the way', async () => {
    const { user } = await renderRoute('/en/sspr-admin/link');
    await user.selectOptions(screen.getByLabelText(words.builderStep), 'mobile-registered');
    const built = document.querySelector('.support-link__built code');
    expect(built?.textContent).toMatch(/^\/en\/sspr-admin\/mobile-registered\?symptom=sms/);
  }, 30_000);
});
