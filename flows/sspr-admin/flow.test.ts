import { describe, expect, it } from 'vitest';
import en from '../../locales/en/sspr-admin.json';
import nl from '../../locales/nl/sspr-admin.json';
import { nodeEntries, nodeOf, resolveAlias } from '../../src/engine/graph.ts';
import { handoffAnswers } from '../../src/engine/handoff.ts';
import { eras, type PathSearch, type PathTracker, questionsPerPath, searchPaths } from '../../src/engine/paths.ts';
import { planSummary } from '../../src/engine/summary-plan.ts';
import type { Answer } from '../../src/engine/types.ts';
import { answersFromSearch } from '../../src/engine/url-state.ts';
import { validate } from '../../src/engine/validate.ts';
import { nextNode, type WalkContext, walk } from '../../src/engine/walk.ts';
import { ssprAdmin } from './flow.ts';

/**
 * The four days issue 21 names: today, the first retirement date, the last
 * day before the second (Global Administrators and external users), and the
 * second date.
 */
const before: WalkContext = { today: '2026-12-07' };
const from: WalkContext = { today: ssprAdmin.dates['sms-voice-retirement'] };
const lastDayBeforeGa: WalkContext = { today: '2027-06-30' };
const fromGa: WalkContext = { today: ssprAdmin.dates['sms-voice-retirement-ga'] };
const days = [before, from, lastDayBeforeGa, fromGa] as const;

/** An administrator whose reset page listed the ways to verify, with another admin to help. */
const admin = 'account-type=yes&reset-page=methods';

/** [description, query string in the order answered, expected findings in summary order, day] */
const paths: [string, string, string[], WalkContext][] = [
  // Stops early: the answer settles the advice
  ['regular user (email)', 'symptom=email&account-type=no', ['not-admin'], before],
  ['regular user (text)', 'symptom=sms&account-type=no', ['not-admin'], before],
  [
    'two other ways in: reset with them, nothing else asked',
    `symptom=sms&${admin}&other-ways=other-methods`,
    ['use-other-methods'],
    before,
  ],
  [
    'reset page: password reset for admins is off',
    'symptom=sms&account-type=yes&reset-page=not-enabled&other-admin=yes',
    ['admin-sspr-off', 'ask-other-admin'],
    before,
  ],
  [
    'reset page: not enough security info',
    'symptom=email&account-type=yes&reset-page=not-enough-info&other-admin=no',
    ['not-enough-methods', 'contact-microsoft-support'],
    before,
  ],
  [
    'reset page: too many attempts',
    'symptom=both&account-type=yes&reset-page=too-many-attempts&other-admin=yes',
    ['throttled', 'ask-other-admin'],
    before,
  ],
  [
    'the page never asked for the code: follow the steps, nothing else asked',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=no`,
    ['follow-reset-steps', 'ask-other-admin'],
    before,
  ],
  // Email
  [
    'email in the junk folder: the email questions end there',
    `symptom=email&${admin}&other-ways=other-admin&reset-steps=yes&alternate-email=yes&junk-folder=found-it`,
    ['mail-in-junk', 'ask-other-admin'],
    before,
  ],
  [
    'email stopped by a filter',
    `symptom=email&${admin}&other-ways=neither&reset-steps=yes&alternate-email=yes&junk-folder=not-there`,
    ['mail-filtered', 'contact-microsoft-support'],
    before,
  ],
  [
    'old alternate address',
    `symptom=email&${admin}&other-ways=neither&reset-steps=yes&alternate-email=unreadable`,
    ['mailbox-unreachable', 'contact-microsoft-support'],
    before,
  ],
  [
    'no alternate address',
    `symptom=email&${admin}&other-ways=other-admin&reset-steps=yes&alternate-email=no`,
    ['no-alternate-email', 'ask-other-admin'],
    before,
  ],
  // Text message: the typical path is 7 questions
  [
    'text: other texts arrive, so Microsoft is holding it back (the typical path, 7 questions)',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=yes&mobile-registered=yes&phone-receives-sms=yes`,
    ['telephony-blocked', 'ask-other-admin'],
    before,
  ],
  [
    'text: the number typed does not match',
    `symptom=sms&${admin}&other-ways=neither&reset-steps=yes&mobile-registered=does-not-match`,
    ['number-does-not-match', 'contact-microsoft-support'],
    before,
  ],
  [
    'reset page: the password is kept on-premises',
    'symptom=email&account-type=yes&reset-page=setup-problem',
    ['password-on-premises'],
    before,
  ],
  [
    'both: a certain text cause leads over a guess about a spam filter',
    `symptom=both&${admin}&other-ways=other-admin&reset-steps=yes&alternate-email=yes&junk-folder=not-there&mobile-registered=zero-kept`,
    ['leading-zero', 'mail-filtered', 'ask-other-admin'],
    before,
  ],
  [
    'text: no country code',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=yes&mobile-registered=no-country-code`,
    ['missing-country-code', 'ask-other-admin'],
    before,
  ],
  [
    'text: a 0 after the country code (any country)',
    `symptom=sms&${admin}&other-ways=neither&reset-steps=yes&mobile-registered=zero-kept`,
    ['leading-zero', 'contact-microsoft-support'],
    before,
  ],
  [
    'text: an old number',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=yes&mobile-registered=other-number`,
    ['wrong-number', 'ask-other-admin'],
    before,
  ],
  [
    'text: no mobile number',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=yes&mobile-registered=no`,
    ['no-mobile-number', 'ask-other-admin'],
    before,
  ],
  [
    'text: unknown number skips its format and goes to the phone',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=yes&mobile-registered=not-sure&phone-receives-sms=blocked-abroad`,
    ['carrier-blocks-foreign-sms', 'check-number-format', 'ask-other-admin'],
    before,
  ],
  [
    'text: internet number',
    `symptom=sms&${admin}&other-ways=neither&reset-steps=yes&mobile-registered=yes&phone-receives-sms=internet`,
    ['non-carrier-number', 'contact-microsoft-support'],
    before,
  ],
  [
    'text: phone receives no texts',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=yes&mobile-registered=yes&phone-receives-sms=no`,
    ['phone-cannot-receive-sms', 'ask-other-admin'],
    before,
  ],
  [
    'text: not sure about the phone',
    `symptom=sms&${admin}&other-ways=other-admin&reset-steps=not-sure&mobile-registered=yes&phone-receives-sms=not-sure`,
    ['follow-reset-steps', 'check-phone', 'ask-other-admin'],
    before,
  ],
  // Neither arrives: the email questions, then the text questions
  [
    'both: junk folder, then an old number',
    `symptom=both&${admin}&other-ways=other-admin&reset-steps=yes&alternate-email=yes&junk-folder=found-it&mobile-registered=other-number`,
    ['mail-in-junk', 'wrong-number', 'ask-other-admin'],
    before,
  ],
  [
    'both: the longest path before the date (9 questions)',
    'symptom=both&account-type=not-sure&reset-page=not-sure&other-ways=neither&reset-steps=yes' +
      '&alternate-email=yes&junk-folder=not-checked&mobile-registered=yes&phone-receives-sms=yes',
    ['telephony-blocked', 'check-admin-role', 'check-reset-page', 'check-junk-folder', 'contact-microsoft-support'],
    before,
  ],
  // From 1 February 2027 to 30 June 2027: Microsoft still sends texts to Global Administrators only
  [
    'first date, not a Global Administrator, no own provider: no text comes, no text questions',
    `symptom=sms&account-type=yes&text-delivery=neither&reset-page=methods&other-ways=other-admin`,
    ['sms-retired', 'ask-other-admin'],
    from,
  ],
  [
    'first date, unsure about the role: the text questions go on, with how to find out',
    `symptom=sms&account-type=yes&text-delivery=not-sure&reset-page=methods&other-ways=other-admin&reset-steps=yes&mobile-registered=yes&phone-receives-sms=yes`,
    ['telephony-blocked', 'check-text-delivery', 'ask-other-admin'],
    from,
  ],
  [
    'second date, unsure about a provider: no text comes, with how to find out',
    `symptom=sms&account-type=yes&telecom-provider=not-sure&reset-page=methods&other-ways=other-methods`,
    ['sms-retired', 'use-other-methods', 'check-text-delivery'],
    fromGa,
  ],
  [
    'first date, both, not a Global Administrator: only the email is diagnosed',
    `symptom=both&account-type=yes&text-delivery=neither&reset-page=methods&other-ways=neither&reset-steps=yes&alternate-email=yes&junk-folder=not-there`,
    ['sms-retired', 'mail-filtered', 'contact-microsoft-support'],
    from,
  ],
  [
    'last day before the second date, a Global Administrator: texts still come, the text questions as before',
    `symptom=sms&account-type=yes&text-delivery=global-admin&reset-page=methods&other-ways=other-admin&reset-steps=yes&mobile-registered=zero-kept`,
    ['leading-zero', 'ask-other-admin'],
    lastDayBeforeGa,
  ],
  [
    'between the dates, an own provider: the text questions as before',
    `symptom=sms&account-type=yes&text-delivery=own-provider&reset-page=methods&other-ways=neither&reset-steps=yes&mobile-registered=yes&phone-receives-sms=no`,
    ['phone-cannot-receive-sms', 'contact-microsoft-support'],
    from,
  ],
  // From 1 July 2027: no Microsoft texts for anyone, Global Administrators included
  [
    'second date, no own provider: no text comes, whatever the role',
    `symptom=sms&account-type=yes&telecom-provider=no&reset-page=methods&other-ways=other-admin`,
    ['sms-retired', 'ask-other-admin'],
    fromGa,
  ],
  [
    'second date, with an own provider: the text questions as before',
    `symptom=sms&account-type=yes&telecom-provider=yes&reset-page=methods&other-ways=other-admin&reset-steps=yes&mobile-registered=zero-kept`,
    ['leading-zero', 'ask-other-admin'],
    fromGa,
  ],
];

/** The findings in the order the summary shows them. */
const shownOrder = (findings: readonly string[]) => {
  const plan = planSummary(ssprAdmin, findings);
  return [...(plan.lead ? [plan.lead] : []), ...plan.also, ...plan.escalation].map(({ id }) => id);
};

describe('sspr-admin flow', () => {
  it('is structurally sound', () => {
    expect(validate(ssprAdmin)).toEqual([]);
  });

  it.each(paths)('%s', (_name, search, findings, context) => {
    const given = answersFromSearch(search);
    const result = walk(ssprAdmin, given, context);
    expect(result.ignored).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.answers).toEqual(given);
    expect(result.current).toBe('summary');
    expect(shownOrder(result.findings)).toEqual(findings);
  });

  it('asks about the Global Administrator role only between the dates, and about an own provider from the second', () => {
    const sms = answersFromSearch('symptom=sms&account-type=yes');
    expect(walk(ssprAdmin, sms, { today: '2027-01-31' }).current).toBe('reset-page');
    expect(walk(ssprAdmin, sms, from).current).toBe('text-delivery');
    expect(walk(ssprAdmin, sms, lastDayBeforeGa).current).toBe('text-delivery');
    expect(walk(ssprAdmin, sms, fromGa).current).toBe('telecom-provider');
    // Email alone: no question about texts on any day.
    for (const day of days)
      expect(walk(ssprAdmin, answersFromSearch('symptom=email&account-type=yes'), day).current).toBe('reset-page');
    // A regular user is sent to their IT desk either way.
    expect(walk(ssprAdmin, answersFromSearch('symptom=sms&account-type=no'), from).findings).toEqual(['not-admin']);
  });

  it('a link made before a date, opened after it, says how to find out whether texts still come', () => {
    // The dated question is passed over (the link did not have it): no claim either way, but the check.
    const link = answersFromSearch(
      'symptom=sms&account-type=yes&reset-page=methods&other-ways=other-admin&reset-steps=yes&mobile-registered=yes&phone-receives-sms=yes',
    );
    for (const day of [from, fromGa]) {
      const result = walk(ssprAdmin, link, day);
      expect(result.skipped).toEqual([day === from ? 'text-delivery' : 'telecom-provider']);
      expect(result.findings).toContain('check-text-delivery');
    }
    expect(walk(ssprAdmin, link, before).findings).not.toContain('check-text-delivery');
  });

  it('before the date an answer about a telecom provider is kept but changes nothing', () => {
    const result = walk(
      ssprAdmin,
      answersFromSearch(`symptom=sms&account-type=yes&telecom-provider=no&reset-page=methods`),
      before,
    );
    expect(result.findings).not.toContain('sms-retired');
    expect(result.ignored.map(({ answer, reason }) => [answer.question, reason])).toEqual([
      ['telecom-provider', 'not-on-path'],
    ]);
  });

  it('email-only paths never ask the text questions, and text-only paths never the email ones', () => {
    const emailQuestions = ['alternate-email', 'junk-folder'];
    const smsQuestions = ['text-delivery', 'telecom-provider', 'mobile-registered', 'phone-receives-sms'];
    for (const [, search, , context] of paths) {
      const { path } = walk(ssprAdmin, answersFromSearch(search), context);
      if (search.startsWith('symptom=email')) expect(path.filter((id) => smsQuestions.includes(id))).toEqual([]);
      if (search.startsWith('symptom=sms')) expect(path.filter((id) => emailQuestions.includes(id))).toEqual([]);
    }
  });
});

describe('sspr-admin: question counts (issue 21: at most 8 for text, 10 for both, 11 on any path)', () => {
  const rowsOn = (day: WalkContext) =>
    Object.fromEntries(
      questionsPerPath(ssprAdmin, eras(ssprAdmin).findLast((era) => era.today <= day.today)?.reached).map((row) => [
        row.first,
        row,
      ]),
    );

  it.each(days.map((day) => [day.today, day] as const))('on %s', (_today, day) => {
    const rows = rowsOn(day);
    // Printed so that a change in length shows in the test output (before and after a content change).
    console.info(
      `sspr-admin ${day.today}: ${Object.values(rows)
        .map((row) => `${row.first} min ${row.min} / median ${row.median} / max ${row.max}`)
        .join('; ')}`,
    );
    expect(rows.sms?.max).toBeLessThanOrEqual(8);
    expect(rows.both?.max).toBeLessThanOrEqual(10);
    expect(rows.email?.max).toBeLessThanOrEqual(10);
    expect(Math.max(...Object.values(rows).map((row) => row.max))).toBeLessThanOrEqual(11);
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

/**
 * A path tracker that follows a few flags: `flag` names the flag a finding
 * raises (or none), `accept` picks the paths to count by the flags raised.
 * Paths are counted by dynamic programming over (path state, flags), never
 * listed, so these checks stay fast however many paths the flow grows.
 */
function flags(
  flag: (finding: string) => string | undefined,
  accept: (raised: ReadonlySet<string>) => boolean,
): PathTracker<string> {
  return {
    initial: '',
    step: (raised, _answer, findings) => {
      const all = new Set(raised === '' ? [] : raised.split(' '));
      for (const finding of findings) {
        const name = flag(finding);
        if (name !== undefined) all.add(name);
      }
      return [...all].sort().join(' ');
    },
    key: (raised) => raised,
    accept: (raised) => accept(new Set(raised === '' ? [] : raised.split(' '))),
  };
}

/** What the number question finds: one of them at most, and none once no text can come. */
const numberFindings = [
  'no-mobile-number',
  'wrong-number',
  'missing-country-code',
  'leading-zero',
  'number-does-not-match',
  'check-number-format',
];

/** Findings that must never be shown together: they would contradict or repeat each other. */
const exclusive: readonly (readonly string[])[] = [
  ['ask-other-admin', 'contact-microsoft-support'],
  ['use-other-methods', 'ask-other-admin', 'contact-microsoft-support'],
  ['mail-in-junk', 'mail-filtered', 'check-junk-folder', 'no-alternate-email', 'mailbox-unreachable'],
  numberFindings,
  ['sms-retired', ...numberFindings],
  [
    'sms-retired',
    'phone-cannot-receive-sms',
    'telephony-blocked',
    'carrier-blocks-foreign-sms',
    'non-carrier-number',
    'check-phone',
  ],
  ['admin-sspr-off', 'password-on-premises', 'not-enough-methods', 'throttled', 'check-reset-page'],
  ['not-admin', 'sms-retired'],
];

const kinds = ssprAdmin.findings as Record<string, { kind: string }>;

/** "No path: …": the number of paths found and one of them, for a readable failure. */
const none = (search: PathSearch) => ({
  count: search.count,
  example: search.witness?.map(({ question, option }) => `${question}=${option}`).join('&'),
});
const noPath = { count: 0n, example: undefined };

describe.each(eras(ssprAdmin))('sspr-admin: every complete path ($from), counted not listed', ({ reached }) => {
  it('every path ends with a way forward: help from someone, the other ways in, or the IT desk', () => {
    // The on-premises directory's own administrators are the help there (named in the finding).
    const selfHelp = ['not-admin', 'use-other-methods', 'password-on-premises'];
    const forward = (id: string) => (selfHelp.includes(id) || kinds[id]?.kind === 'escalation' ? 'forward' : undefined);
    expect(
      none(
        searchPaths(
          ssprAdmin,
          flags(forward, (raised) => raised.size === 0),
          reached,
        ),
      ),
    ).toEqual(noPath);
  });

  it.each(exclusive.map((group) => [group.join(', '), group] as const))('no path shows two of: %s', (_name, group) => {
    const tracker = flags(
      (id) => (group.includes(id) ? id : undefined),
      (raised) => raised.size > 1,
    );
    expect(none(searchPaths(ssprAdmin, tracker, reached))).toEqual(noPath);
  });

  it('not-admin always stands alone (a regular user gets no admin advice)', () => {
    const tracker = flags(
      (id) => (id === 'not-admin' ? 'not-admin' : 'other'),
      (raised) => raised.has('not-admin') && raised.has('other'),
    );
    expect(none(searchPaths(ssprAdmin, tracker, reached))).toEqual(noPath);
  });

  it.each([
    ['en', en],
    ['nl', nl],
  ] as const)(
    'a finding that points to the "%s" escalation heading only shows with an escalation below it',
    (_lng, text) => {
      const pointing = Object.entries(text.findings)
        .filter(([, finding]) => JSON.stringify(finding).includes(text.summary.escalationHeading))
        .map(([id]) => id);
      expect(pointing.length).toBeGreaterThan(0);
      const tracker = flags(
        (id) => (pointing.includes(id) ? 'points' : kinds[id]?.kind === 'escalation' ? 'escalation' : undefined),
        (raised) => raised.has('points') && !raised.has('escalation'),
      );
      expect(none(searchPaths(ssprAdmin, tracker, reached))).toEqual(noPath);
    },
  );
});

describe('sspr-admin: the summary leads with a cause wherever one was found', () => {
  const causes = Object.keys(kinds).filter((id) => kinds[id]?.kind === 'cause');
  const others = Object.keys(kinds).filter((id) => kinds[id]?.kind !== 'cause');

  it.each(causes)('%s leads when it is the only cause, whatever checks and escalations come with it', (cause) => {
    expect(planSummary(ssprAdmin, [...others, cause]).lead?.id).toBe(cause);
  });
});

describe('sspr-admin: old step ids (public API) land on the nearest step', () => {
  const expected: Record<string, string> = {
    'country-code': 'mobile-registered',
    'number-format': 'mobile-registered',
    'japanese-number': 'mobile-registered',
    'user-name': 'reset-page',
    'admin-sspr': 'reset-page',
    'mailbox-works': 'alternate-email',
    'number-type': 'phone-receives-sms',
    'foreign-sms': 'phone-receives-sms',
    'first-step-done': 'reset-steps',
  };

  it.each(Object.entries(expected))('%s → %s', (oldId, newId) => {
    expect(resolveAlias(ssprAdmin, oldId)).toBe(newId);
  });

  it('every step id ever published is still a step or an alias', () => {
    // The ids of the first published version (2026-11), kept here as the record of what was public.
    const published = [
      'symptom',
      'account-type',
      'user-name',
      'admin-sspr',
      'reset-steps',
      'alternate-email',
      'mailbox-works',
      'junk-folder',
      'mobile-registered',
      'number-format',
      'japanese-number',
      'number-type',
      'phone-receives-sms',
      'foreign-sms',
      'first-step-done',
      'other-admin',
      'summary',
      'country-code',
    ];
    for (const id of published) expect(nodeOf(ssprAdmin, id) ?? resolveAlias(ssprAdmin, id)).toBeDefined();
  });
});

describe('sspr-admin: support links to any step', () => {
  /**
   * Someone opens a link to `question` without earlier answers, chooses
   * `option`, and then clicks through to the summary (each later question
   * with each of its options in turn, via `pick`). Everything they answered
   * must count on the summary.
   */
  function followLink(
    question: string,
    option: string,
    pick: (options: readonly string[]) => string,
    context: WalkContext,
  ) {
    const answers: Answer[] = [];
    let step: string | undefined = question;
    let choice = option;
    while (step) {
      const node = nodeOf(ssprAdmin, step);
      if (node?.kind !== 'question') break;
      answers.push({ question: step, option: choice });
      const next = nextNode(ssprAdmin, step, choice, answers, context);
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
    for (const context of days)
      for (const pick of [(ids: readonly string[]) => ids[0] ?? '', (ids: readonly string[]) => ids.at(-1) ?? '']) {
        const answers = followLink(question, option, pick, context);
        const result = walk(ssprAdmin, answers, context);
        expect(result.ignored).toEqual([]);
        expect(result.answers).toHaveLength(answers.length);
        expect(result.complete).toBe(true);
        expect(result.findings).toEqual(expect.arrayContaining(findingsOf(answers)));
      }
  });
});

describe('sspr-admin: advice that must travel with a finding', () => {
  const notesOf = (id: string): readonly string[] =>
    (ssprAdmin.findings as Record<string, { notes?: readonly string[] }>)[id]?.notes ?? [];

  it.each([
    ['en', en, /new code/i],
    ['nl', nl, /nieuwe code/i],
  ] as const)('every finding that mentions asking for a new code names the retry limit (%s)', (_lng, text, newCode) => {
    const mentioning = Object.entries(text.findings)
      .filter(([, finding]) => newCode.test(JSON.stringify(finding)))
      .map(([id]) => id);
    expect(mentioning.length).toBeGreaterThan(0);
    expect(mentioning.filter((id) => !notesOf(id).includes('retry-limit'))).toEqual([]);
  });

  it('every finding about the text message carries the dated retirement note (or is the retirement)', () => {
    const smsQuestions = ['mobile-registered', 'phone-receives-sms'];
    const smsFindings = nodeEntries(ssprAdmin).flatMap(([id, node]) =>
      node.kind === 'question' && smsQuestions.includes(id)
        ? node.options.flatMap((option) => option.findings ?? [])
        : [],
    );
    expect(smsFindings.length).toBeGreaterThan(5);
    expect(smsFindings.filter((id) => !notesOf(id).includes('sms-voice-retirement'))).toEqual([]);
  });

  it('the retirement note is dated in both languages', () => {
    for (const text of [en, nl]) expect(text.notes['sms-voice-retirement']).toContain('{date:sms-voice-retirement}');
  });

  it('advises against retrying in the text, never for it', () => {
    for (const text of [en, nl])
      expect(JSON.stringify(text)).not.toMatch(/a few times|several times|paar keer|meerdere keren|keep trying/i);
  });
});

describe('sspr-admin: a regular user is handed to the employees’ troubleshooter', () => {
  it('with what does not arrive, and nothing else', () => {
    const handoff = ssprAdmin.findings['not-admin'].handoff;
    expect(handoff).toMatchObject({ flow: 'sspr-user', carry: ['symptom'] });
    if (!handoff) return;
    const { answers, findings } = walk(ssprAdmin, answersFromSearch('symptom=sms&account-type=no'), before);
    expect(findings).toEqual(['not-admin']);
    expect(handoffAnswers(handoff, answers)).toEqual([{ question: 'symptom', option: 'sms' }]);
  });
});

describe('sspr-admin: the retirement dates, on every path of the four days (counted, not listed)', () => {
  /** Flags raised along a path by answers and findings; paths are searched by them, never listed. */
  function tracker(
    raise: (answer: Answer, findings: readonly string[]) => readonly string[],
    accept: (raised: ReadonlySet<string>) => boolean,
  ): PathTracker<string> {
    return {
      initial: '',
      step: (raised, answer, findings) =>
        [...new Set([...(raised === '' ? [] : raised.split(' ')), ...raise(answer, findings)])].sort().join(' '),
      key: (raised) => raised,
      accept: (raised) => accept(new Set(raised === '' ? [] : raised.split(' '))),
    };
  }
  const reachedOn = (day: WalkContext) => eras(ssprAdmin).findLast((era) => era.today <= day.today)?.reached;
  const sms = (answer: Answer) => answer.question === 'symptom' && answer.option === 'sms';
  const retired = (findings: readonly string[]) => findings.includes('sms-retired');

  it.each(days.map((day) => [day.today, day] as const))('on %s, every path gives the advice of that day', (_t, day) => {
    const reached = reachedOn(day);
    const search = (raise: Parameters<typeof tracker>[0], accept: Parameters<typeof tracker>[1]) =>
      none(searchPaths(ssprAdmin, tracker(raise, accept), reached));
    const firstDate = day.today >= ssprAdmin.dates['sms-voice-retirement'];
    const secondDate = day.today >= ssprAdmin.dates['sms-voice-retirement-ga'];
    // Before the first date no path says texts have ended.
    if (!firstDate)
      expect(
        search(
          (_a, findings) => (retired(findings) ? ['retired'] : []),
          (r) => r.size > 0,
        ),
      ).toEqual(noPath);
    // Between the dates a Global Administrator is never told their text is not sent.
    if (firstDate && !secondDate)
      expect(
        search(
          (answer, findings) => [
            ...(answer.question === 'text-delivery' && answer.option === 'global-admin' ? ['ga'] : []),
            ...(retired(findings) ? ['retired'] : []),
          ],
          (r) => r.has('ga') && r.has('retired'),
        ),
      ).toEqual(noPath);
    // From the first date, an administrator awaiting only a text, without an own provider, is told so.
    if (firstDate)
      expect(
        search(
          (answer, findings) => [
            ...(sms(answer) ? ['sms'] : []),
            ...(answer.question === 'account-type' && answer.option === 'yes' ? ['admin'] : []),
            ...(['own-provider', 'global-admin'].includes(answer.option) && answer.question === 'text-delivery'
              ? ['texts-come']
              : []),
            ...(answer.question === 'telecom-provider' && answer.option === 'yes' ? ['texts-come'] : []),
            ...(retired(findings) ? ['retired'] : []),
            ...(findings.includes('check-text-delivery') ? ['check'] : []),
          ],
          // Unsure between the dates: not told texts are gone, but told how to find out.
          (r) => r.has('sms') && r.has('admin') && !r.has('texts-come') && !r.has('retired') && !r.has('check'),
        ),
      ).toEqual(noPath);
    // From the second date the role no longer matters: the question is not asked.
    if (secondDate)
      expect(
        search(
          (answer) => (answer.question === 'text-delivery' ? ['asked'] : []),
          (r) => r.size > 0,
        ),
      ).toEqual(noPath);
  });
});
