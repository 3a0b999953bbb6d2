import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigationType } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import common from '../../locales/en/common.json';
import en from '../../locales/en/sspr-admin.json';
import { App } from '../routes.tsx';

/**
 * The address of a step page: Back keeps every answer (a deep link too),
 * ids in the query are read in any case and the address is tidied in place,
 * tracking parameters are never answers, never a notice and never carried on,
 * and the notice about dropped parameters comes after the page's content.
 */

/** The router's URL and how it got there (PUSH, REPLACE), for the test. */
function Probe({ into }: { into: { path: string; type: string } }) {
  const { pathname, search } = useLocation();
  into.path = `${pathname}${search}`;
  into.type = useNavigationType();
  return null;
}

async function open(url: string) {
  const current = { path: url, type: 'POP' };
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[url]}>
        <App />
        <Probe into={current} />
      </MemoryRouter>,
    );
  });
  await screen.findByRole('heading', { level: 1 });
  return { user: userEvent.setup(), current };
}

const backLink = () => screen.getByRole('link', { name: common.question.back });

// Before Microsoft stops sending texts: an administrator's sms leads to reset-page (not telecom-provider).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T09:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Back', () => {
  it('on the README’s deep link goes to the question the link skipped, with every answer kept', async () => {
    const { current } = await open('/en/sspr-admin/number-format?symptom=sms&account-type=yes');
    await waitFor(() => expect(current.path).toBe('/en/sspr-admin/mobile-registered?symptom=sms&account-type=yes'));
    await waitFor(() =>
      expect(backLink()).toHaveAttribute('href', '/en/sspr-admin/reset-page?symptom=sms&account-type=yes'),
    );
  });

  it('from the first question goes to the start page with the answers kept (it offers to resume)', async () => {
    const { user } = await open('/en/sspr-admin/symptom?symptom=sms&account-type=yes');
    await waitFor(() => expect(backLink()).toHaveAttribute('href', '/en/sspr-admin/?symptom=sms&account-type=yes'));
    await user.click(backLink());
    expect(await screen.findByRole('link', { name: common.start.resume })).toHaveAttribute(
      'href',
      '/en/sspr-admin/reset-page?symptom=sms&account-type=yes',
    );
  });
});

describe('ids in the query in another case', () => {
  it('are read as answers, without a notice, and the address is rewritten in place to lowercase', async () => {
    const { current } = await open('/en/sspr-admin/account-type?Symptom=SMS');
    await waitFor(() => expect(current.path).toBe('/en/sspr-admin/account-type?symptom=sms'));
    expect(current.type).toBe('REPLACE');
    const answers = screen.getByRole('region', { name: common.answers.heading });
    expect(within(answers).getByText(en.questions.symptom.options.sms.label)).toBeInTheDocument();
    expect(screen.queryByText(/not recognised/)).not.toBeInTheDocument();
  });

  it('together with an old step id and junk: one tidy address, the junk counted in the notice', async () => {
    const { current } = await open('/en/sspr-admin/number-format?SYMPTOM=sms&Foo=bar&account-type=Yes');
    await waitFor(() => expect(current.path).toBe('/en/sspr-admin/mobile-registered?symptom=sms&account-type=yes'));
    expect(current.type).toBe('REPLACE');
    expect(await screen.findByText(common.notice.dropped_one)).toBeInTheDocument();
  });
});

describe('tracking parameters', () => {
  it('are no answers and no notice, stay in this address, and are not carried to the next step', async () => {
    const { user, current } = await open('/en/sspr-admin/account-type?symptom=sms&fbclid=Ab1&utm_source=mail');
    await screen.findByRole('region', { name: common.answers.heading });
    expect(screen.queryByText(/not recognised/)).not.toBeInTheDocument();
    expect(current.path).toBe('/en/sspr-admin/account-type?symptom=sms&fbclid=Ab1&utm_source=mail');
    expect(current.type).toBe('POP');

    expect(screen.getByRole('link', { name: 'Nederlands' })).toHaveAttribute(
      'href',
      '/nl/sspr-admin/account-type?symptom=sms',
    );
    await user.click(screen.getByLabelText(en.questions['account-type'].options.yes.label));
    await user.click(screen.getByRole('button', { name: common.question.continue }));
    await waitFor(() => expect(current.path).toBe('/en/sspr-admin/reset-page?symptom=sms&account-type=yes'));
  });
});

describe('the dropped-parameters notice', () => {
  it('comes after the page’s content, where appearing late pushes nothing in view', async () => {
    await open('/en/sspr-admin/account-type?symptom=sms&colour=red');
    const notice = await screen.findByText(common.notice.dropped_one);
    const answers = screen.getByRole('region', { name: common.answers.heading });
    for (const before of [
      screen.getByRole('heading', { level: 1 }),
      screen.getByRole('button', { name: common.question.continue }),
      answers,
    ])
      expect(before.compareDocumentPosition(notice) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(notice.closest('[role="status"]')).not.toBeNull();
  });
});
