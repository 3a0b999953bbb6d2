import { beforeAll, describe, expect, it } from 'vitest';
import { nodeEntries, nodeOf } from '../../src/engine/graph.ts';
import { countPaths, forEachPath } from '../../src/engine/paths.ts';
import type { Answer } from '../../src/engine/types.ts';
import { answersFromSearch } from '../../src/engine/url-state.ts';
import { validate } from '../../src/engine/validate.ts';
import { nextNode, walk } from '../../src/engine/walk.ts';
import { ssprAdmin } from './flow.ts';

/** The general checks passed: an admin, the right user name, SSPR on, the reset steps followed. */
const checksPass = 'account-type=yes&user-name=yes&admin-sspr=yes&reset-steps=yes';

/** Every text-message question answered with "no problem here", up to the escalation question. */
const smsFine =
  'mobile-registered=yes&number-format=yes&japanese-number=not-japanese&number-type=carrier' +
  '&phone-receives-sms=yes&foreign-sms=yes&first-step-done=yes';

/** [description, query string in the order answered, expected findings in order] */
const paths: [string, string, string[]][] = [
  // Seed causes
  ['not an admin (email)', 'symptom=email&account-type=no', ['not-admin']],
  ['not an admin (sms)', 'symptom=sms&account-type=no', ['not-admin']],
  [
    'no alternate email address registered',
    `symptom=email&${checksPass}&alternate-email=no&other-admin=yes`,
    ['no-alternate-email', 'ask-other-admin'],
  ],
  [
    'no mobile number registered',
    `symptom=sms&${checksPass}&mobile-registered=no&other-admin=no`,
    ['no-mobile-number', 'contact-microsoft-support'],
  ],
  [
    'SSPR for administrators switched off',
    'symptom=sms&account-type=yes&user-name=yes&admin-sspr=no&other-admin=yes',
    ['admin-sspr-off', 'ask-other-admin'],
  ],
  [
    'carrier does not accept text messages from the US',
    `symptom=sms&${checksPass}&${smsFine.replace('foreign-sms=yes', 'foreign-sms=no')}&other-admin=yes`,
    ['carrier-blocks-foreign-sms', 'ask-other-admin'],
  ],
  [
    'number without country code',
    `symptom=sms&${checksPass}&mobile-registered=yes&number-format=no&number-type=carrier` +
      '&phone-receives-sms=yes&foreign-sms=yes&first-step-done=yes&other-admin=no',
    ['missing-country-code', 'contact-microsoft-support'],
  ],
  [
    'Japanese number that keeps its leading 0',
    `symptom=sms&${checksPass}&${smsFine.replace('not-japanese', 'zero-kept')}&other-admin=yes`,
    ['japanese-leading-zero', 'ask-other-admin'],
  ],
  [
    'Japanese number with its leading 0 removed: no cause',
    `symptom=sms&${checksPass}&${smsFine.replace('not-japanese', 'zero-removed')}&other-admin=yes`,
    ['ask-other-admin'],
  ],
  [
    'first step (email link or code) not done before the text message',
    `symptom=sms&${checksPass}&${smsFine.replace('first-step-done=yes', 'first-step-done=no')}&other-admin=yes`,
    ['first-step-not-done', 'ask-other-admin'],
  ],
  [
    'internet number (Google Voice, TextPlus) skips the phone questions',
    `symptom=sms&${checksPass}&mobile-registered=yes&number-format=yes&japanese-number=not-japanese` +
      '&number-type=internet&first-step-done=yes&other-admin=no',
    ['non-carrier-number', 'contact-microsoft-support'],
  ],
  [
    'phone cannot receive text messages at all',
    `symptom=sms&${checksPass}&mobile-registered=yes&number-format=yes&japanese-number=not-japanese` +
      '&number-type=carrier&phone-receives-sms=no&first-step-done=yes&other-admin=yes',
    ['phone-cannot-receive-sms', 'ask-other-admin'],
  ],
  [
    'reset steps not followed',
    `symptom=sms&account-type=yes&user-name=yes&admin-sspr=yes&reset-steps=no&${smsFine}&other-admin=yes`,
    ['follow-reset-steps', 'ask-other-admin'],
  ],
  // Checks
  [
    'user name not the admin account’s',
    `symptom=sms&account-type=yes&user-name=no&admin-sspr=yes&reset-steps=yes&${smsFine}&other-admin=yes`,
    ['check-user-name', 'ask-other-admin'],
  ],
  [
    'user name not sure',
    `symptom=sms&account-type=yes&user-name=not-sure&admin-sspr=yes&reset-steps=yes&${smsFine}&other-admin=no`,
    ['check-user-name', 'contact-microsoft-support'],
  ],
  [
    'mail found in the junk folder',
    `symptom=email&${checksPass}&alternate-email=yes&mailbox-works=yes&junk-folder=found-it&other-admin=yes`,
    ['mail-in-junk', 'ask-other-admin'],
  ],
  [
    'mail not in the junk folder either',
    `symptom=email&${checksPass}&alternate-email=yes&mailbox-works=yes&junk-folder=not-there&first-step-done=yes&other-admin=no`,
    ['mail-filtered', 'contact-microsoft-support'],
  ],
  [
    'the email was the second method and the first step was not finished',
    `symptom=email&${checksPass}&alternate-email=yes&mailbox-works=yes&junk-folder=not-there&first-step-done=no&other-admin=yes`,
    ['mail-filtered', 'first-step-not-done', 'ask-other-admin'],
  ],
  [
    'junk folder not checked',
    `symptom=email&${checksPass}&alternate-email=yes&mailbox-works=yes&junk-folder=not-checked&first-step-done=yes&other-admin=yes`,
    ['check-junk-folder', 'ask-other-admin'],
  ],
  [
    'alternate mailbox does not receive mail',
    `symptom=email&${checksPass}&alternate-email=yes&mailbox-works=no&other-admin=yes`,
    ['mailbox-unreachable', 'ask-other-admin'],
  ],
  // Not sure
  [
    'not sure of the admin role',
    'symptom=email&account-type=not-sure&user-name=yes&admin-sspr=no&other-admin=yes',
    ['check-admin-role', 'admin-sspr-off', 'ask-other-admin'],
  ],
  [
    'not sure whether SSPR is on for admins',
    `symptom=sms&account-type=yes&user-name=yes&admin-sspr=not-sure&reset-steps=yes&${smsFine}&other-admin=yes`,
    ['check-admin-sspr', 'ask-other-admin'],
  ],
  [
    'not sure an alternate email is registered',
    `symptom=email&${checksPass}&alternate-email=not-sure&mailbox-works=yes&junk-folder=found-it&other-admin=yes`,
    ['check-registered-methods', 'mail-in-junk', 'ask-other-admin'],
  ],
  [
    'not sure a mobile number is registered',
    `symptom=sms&${checksPass}&${smsFine.replace('mobile-registered=yes', 'mobile-registered=not-sure')}&other-admin=no`,
    ['check-registered-methods', 'contact-microsoft-support'],
  ],
  [
    'not sure of the number format',
    `symptom=sms&${checksPass}&mobile-registered=yes&number-format=not-sure&number-type=carrier` +
      '&phone-receives-sms=yes&foreign-sms=yes&first-step-done=yes&other-admin=yes',
    ['check-number-format', 'ask-other-admin'],
  ],
  [
    'not sure of the number type',
    `symptom=sms&${checksPass}&${smsFine.replace('number-type=carrier', 'number-type=not-sure')}&other-admin=yes`,
    ['check-number-type', 'ask-other-admin'],
  ],
  [
    'not sure the carrier accepts foreign text messages',
    `symptom=sms&${checksPass}&${smsFine.replace('foreign-sms=yes', 'foreign-sms=not-sure')}&other-admin=yes`,
    ['check-foreign-sms', 'ask-other-admin'],
  ],
  [
    'not sure of anything in the general checks',
    'symptom=sms&account-type=not-sure&user-name=not-sure&admin-sspr=not-sure&reset-steps=no' +
      `&${smsFine}&other-admin=yes`,
    ['check-admin-role', 'check-user-name', 'check-admin-sspr', 'follow-reset-steps', 'ask-other-admin'],
  ],
  // Both symptoms: the email questions, then the text-message questions
  [
    'both: no alternate email, then no mobile number',
    `symptom=both&${checksPass}&alternate-email=no&mobile-registered=no&other-admin=yes`,
    ['no-alternate-email', 'no-mobile-number', 'ask-other-admin'],
  ],
  [
    'both: a cause on each branch',
    `symptom=both&${checksPass}&alternate-email=yes&mailbox-works=yes&junk-folder=not-there` +
      '&mobile-registered=yes&number-format=no&number-type=internet&first-step-done=no&other-admin=no',
    ['mail-filtered', 'missing-country-code', 'non-carrier-number', 'first-step-not-done', 'contact-microsoft-support'],
  ],
  [
    'both: not sure of either method lists the check once',
    `symptom=both&${checksPass}&alternate-email=not-sure&mailbox-works=yes&junk-folder=found-it` +
      `&${smsFine.replace('mobile-registered=yes', 'mobile-registered=not-sure')}&other-admin=yes`,
    ['check-registered-methods', 'mail-in-junk', 'ask-other-admin'],
  ],
  [
    'both: SSPR off ends before either branch',
    'symptom=both&account-type=yes&user-name=yes&admin-sspr=no&other-admin=no',
    ['admin-sspr-off', 'contact-microsoft-support'],
  ],
  // Escalation
  ['other admin available', `symptom=sms&${checksPass}&${smsFine}&other-admin=yes`, ['ask-other-admin']],
  ['no other admin', `symptom=sms&${checksPass}&${smsFine}&other-admin=no`, ['contact-microsoft-support']],
];

describe('sspr-admin flow', () => {
  it('is structurally sound', () => {
    expect(validate(ssprAdmin)).toEqual([]);
  });

  it.each(paths)('%s', (_name, search, findings) => {
    const given = answersFromSearch(search);
    const result = walk(ssprAdmin, given);
    expect(result.ignored).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.answers).toEqual(given);
    expect(result.current).toBe('summary');
    expect(result.complete).toBe(true);
    expect(result.findings).toEqual(findings);
  });

  it('email-only paths never ask the text-message questions, and sms-only paths never the email ones', () => {
    const emailQuestions = ['alternate-email', 'mailbox-works', 'junk-folder'];
    const smsQuestions = ['mobile-registered', 'number-format', 'number-type', 'foreign-sms'];
    for (const [, search] of paths) {
      const { path } = walk(ssprAdmin, answersFromSearch(search));
      if (search.startsWith('symptom=email')) expect(path.filter((id) => smsQuestions.includes(id))).toEqual([]);
      if (search.startsWith('symptom=sms')) expect(path.filter((id) => emailQuestions.includes(id))).toEqual([]);
    }
  });
});

/** The findings a list of answers records, read straight from the options (not via `walk`). */
function findingsOf(answers: readonly Answer[]): string[] {
  const found: string[] = [];
  for (const { question, option } of answers) {
    const node = nodeOf(ssprAdmin, question);
    const chosen = node?.kind === 'question' ? node.options.find((candidate) => candidate.id === option) : undefined;
    for (const finding of chosen?.findings ?? []) if (!found.includes(finding)) found.push(finding);
  }
  return found;
}

describe('sspr-admin: every complete path', () => {
  const kinds = ssprAdmin.findings as Record<string, { kind: string }>;
  let count = 0;
  const produced = new Set<string>();
  const withoutFinding: string[] = [];
  const withoutWayForward: string[] = [];
  const walkDisagrees: string[] = [];

  beforeAll(() => {
    forEachPath(ssprAdmin, (answers, terminal) => {
      count += 1;
      const findings = findingsOf(answers);
      for (const finding of findings) produced.add(finding);
      const label = answers.map(({ question, option }) => `${question}=${option}`).join('&');
      if (findings.length === 0) withoutFinding.push(label);
      if (!findings.some((finding) => finding === 'not-admin' || kinds[finding]?.kind === 'escalation'))
        withoutWayForward.push(label);
      // The walk must agree with the enumeration on every path (about half a second).
      const result = walk(ssprAdmin, answers);
      if (
        !result.complete ||
        result.current !== terminal ||
        result.answers.length !== answers.length ||
        result.findings.join() !== findings.join()
      )
        walkDisagrees.push(label);
    });
  });

  it('enumerates tens of thousands of distinct paths, as countPaths counts them', () => {
    expect(count).toBe(countPaths(ssprAdmin));
    expect(count).toBeGreaterThan(10_000);
  });

  it('every path records at least one finding', () => {
    expect(withoutFinding.slice(0, 5)).toEqual([]);
  });

  it('every path ends with an escalation, or with not-admin (which sends the person to an admin)', () => {
    expect(withoutWayForward.slice(0, 5)).toEqual([]);
  });

  it('walking each path ends complete at its terminal with the same findings', () => {
    expect(walkDisagrees.slice(0, 5)).toEqual([]);
  });

  it('every finding of the flow is produced by some path', () => {
    expect([...produced].sort()).toEqual(Object.keys(ssprAdmin.findings).sort());
  });

  it('the only terminal is the summary', () => {
    const terminals = Object.keys(ssprAdmin.nodes).filter((id) => nodeOf(ssprAdmin, id)?.kind === 'terminal');
    expect(terminals).toEqual(['summary']);
  });
});

describe('sspr-admin: support links to any step', () => {
  /**
   * Someone opens a link to `question` without earlier answers, chooses
   * `option`, and then clicks through to the summary (each later question
   * with each of its options in turn, via `pick`). Everything they answered
   * must count on the summary.
   */
  function followLink(question: string, option: string, pick: (options: readonly string[]) => string) {
    const answers: Answer[] = [];
    let step: string | undefined = question;
    let choice = option;
    while (step) {
      const node = nodeOf(ssprAdmin, step);
      if (node?.kind !== 'question') break;
      answers.push({ question: step, option: choice });
      const next = nextNode(ssprAdmin, step, choice, answers);
      const nextQuestion = next === undefined ? undefined : nodeOf(ssprAdmin, next);
      step = next;
      if (nextQuestion?.kind === 'question') choice = pick(nextQuestion.options.map((candidate) => candidate.id));
    }
    return answers;
  }

  const questions = nodeEntries(ssprAdmin).filter(([, node]) => node.kind === 'question');
  const links = questions.flatMap(([id, node]) =>
    node.kind === 'question' ? node.options.map((option) => [id, option.id] as const) : [],
  );

  it.each(links)('a link to %s, answered %s, keeps every answer and finding to the summary', (question, option) => {
    for (const pick of [(ids: readonly string[]) => ids[0] ?? '', (ids: readonly string[]) => ids.at(-1) ?? '']) {
      const answers = followLink(question, option, pick);
      const result = walk(ssprAdmin, answers);
      expect(result.ignored).toEqual([]);
      expect(result.answers).toHaveLength(answers.length);
      expect(result.complete).toBe(true);
      expect(result.findings).toEqual(expect.arrayContaining(findingsOf(answers)));
    }
  });
});
