import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../locales/en/sspr-user.json';
import nl from '../../locales/nl/sspr-user.json';
import { nodeEntries, nodeOf, resolveNext } from '../../src/engine/graph.ts';
import { eras, questionsPerPath } from '../../src/engine/paths.ts';
import { planSummary } from '../../src/engine/summary-plan.ts';
import type { Answer } from '../../src/engine/types.ts';
import { answersFromSearch } from '../../src/engine/url-state.ts';
import { validate } from '../../src/engine/validate.ts';
import { type WalkContext, walk } from '../../src/engine/walk.ts';
import { ssprUser } from './flow.ts';

/** The four days issue 21 names: today, the first date, the day before the second, the second. */
const today: WalkContext = { today: '2026-12-07' };
const from: WalkContext = { today: ssprUser.dates['sms-voice-retirement'] };
const days: readonly WalkContext[] = [
  today,
  from,
  { today: '2027-06-30' },
  { today: ssprUser.dates['sms-voice-retirement-ga'] },
];

/** The reset page listed ways to verify, and none of the others works. */
const listed = 'reset-page=methods&other-method=no';

/** [description, query string in the order answered, expected findings in summary order] */
const paths: [string, string, string[]][] = [
  // An error on the reset page settles it: only the IT desk can help
  ['not turned on for this user', 'symptom=sms&reset-page=not-enabled', ['sspr-not-enabled', 'contact-it-desk']],
  ['no licence', 'symptom=email&reset-page=no-licence', ['no-licence', 'contact-it-desk']],
  [
    'on-premises account without working writeback',
    'symptom=both&reset-page=setup-problem',
    ['writeback-not-set-up', 'contact-it-desk'],
  ],
  [
    'not enough security info registered',
    'symptom=email&reset-page=not-enough-info',
    ['not-enough-methods', 'contact-it-desk'],
  ],
  [
    'too many attempts: wait, never retry',
    'symptom=sms&reset-page=too-many-attempts',
    ['throttled', 'contact-it-desk'],
  ],
  // Another way in ends it
  ['another way works: nothing else asked', 'symptom=sms&reset-page=methods&other-method=yes', ['use-other-methods']],
  [
    'unsure what the page showed, but another way works',
    'symptom=email&reset-page=not-sure&other-method=yes',
    ['use-other-methods', 'check-reset-page'],
  ],
  // Email
  [
    'email in the junk folder',
    `symptom=email&${listed}&alternate-email=yes&junk-folder=found-it`,
    ['mail-in-junk', 'contact-it-desk'],
  ],
  [
    'email stopped by a filter or quarantine',
    `symptom=email&${listed}&alternate-email=yes&junk-folder=not-there`,
    ['mail-filtered', 'contact-it-desk'],
  ],
  [
    'junk folder not checked yet',
    `symptom=email&${listed}&alternate-email=yes&junk-folder=not-checked`,
    ['check-junk-folder', 'contact-it-desk'],
  ],
  [
    'old private address',
    `symptom=email&${listed}&alternate-email=unreadable`,
    ['mailbox-unreachable', 'contact-it-desk'],
  ],
  [
    'email not offered (not registered or not allowed)',
    `symptom=email&${listed}&alternate-email=no`,
    ['email-not-offered', 'contact-it-desk'],
  ],
  // Text message
  [
    'text: other texts arrive, so Microsoft is most likely holding it back',
    `symptom=sms&${listed}&mobile-registered=yes&phone-receives-sms=yes`,
    ['telephony-blocked', 'contact-it-desk'],
  ],
  [
    'text: the number typed does not match',
    `symptom=sms&${listed}&mobile-registered=does-not-match`,
    ['number-does-not-match', 'contact-it-desk'],
  ],
  [
    'both: a certain text cause leads over a guess about a spam filter',
    `symptom=both&${listed}&alternate-email=yes&junk-folder=not-there&mobile-registered=zero-kept`,
    ['leading-zero', 'mail-filtered', 'contact-it-desk'],
  ],
  [
    'text: no country code',
    `symptom=sms&${listed}&mobile-registered=no-country-code`,
    ['missing-country-code', 'contact-it-desk'],
  ],
  ['text: extra 0', `symptom=sms&${listed}&mobile-registered=zero-kept`, ['leading-zero', 'contact-it-desk']],
  ['text: old number', `symptom=sms&${listed}&mobile-registered=other-number`, ['wrong-number', 'contact-it-desk']],
  [
    'text not offered (no number, or not allowed)',
    `symptom=sms&${listed}&mobile-registered=no`,
    ['sms-not-offered', 'contact-it-desk'],
  ],
  [
    'text: unknown number, plan blocks short codes',
    `symptom=sms&${listed}&mobile-registered=not-sure&phone-receives-sms=blocked-abroad`,
    ['carrier-blocks-foreign-sms', 'check-number-format', 'contact-it-desk'],
  ],
  [
    'text: internet number',
    `symptom=sms&${listed}&mobile-registered=yes&phone-receives-sms=internet`,
    ['non-carrier-number', 'contact-it-desk'],
  ],
  [
    'text: phone receives nothing',
    `symptom=sms&${listed}&mobile-registered=yes&phone-receives-sms=no`,
    ['phone-cannot-receive-sms', 'contact-it-desk'],
  ],
  // Both: the longest path (7 questions), email cause leads
  [
    'both: junk folder and no country code',
    `symptom=both&${listed}&alternate-email=yes&junk-folder=found-it&mobile-registered=no-country-code`,
    ['mail-in-junk', 'missing-country-code', 'contact-it-desk'],
  ],
  [
    'both: everything unknown (the longest path)',
    `symptom=both&reset-page=not-sure&other-method=no&alternate-email=yes&junk-folder=not-checked&mobile-registered=not-sure&phone-receives-sms=not-sure`,
    ['check-reset-page', 'check-junk-folder', 'check-number-format', 'check-phone', 'contact-it-desk'],
  ],
];

/** The findings in the order the summary shows them. */
const shownOrder = (findings: readonly string[]) => {
  const plan = planSummary(ssprUser, findings);
  return [...(plan.lead ? [plan.lead] : []), ...plan.also, ...plan.escalation].map(({ id }) => id);
};

/** The findings a list of answers records, read straight from the options. */
function findingsOf(answers: readonly Answer[]): string[] {
  const found: string[] = [];
  for (const { question, option } of answers) {
    const node = nodeOf(ssprUser, question);
    const chosen = node?.kind === 'question' ? node.options.find((candidate) => candidate.id === option) : undefined;
    for (const finding of chosen?.findings ?? []) if (!found.includes(finding)) found.push(finding);
  }
  return found;
}

/**
 * Every complete path (the answers in order), on a day when `reached` dates
 * have come. The tree is small (well under a hundred paths), so listing them
 * is cheap; kept here so these content tests do not depend on the engine's
 * path counting.
 */
function allPaths(reached: ReadonlySet<string> = new Set()): Answer[][] {
  const paths: Answer[][] = [];
  const step = (id: string, answers: Answer[]): void => {
    const node = nodeOf(ssprUser, id);
    if (node?.kind !== 'question') {
      paths.push(answers);
      return;
    }
    for (const option of node.options) {
      const next = [...answers, { question: id, option: option.id }];
      const known = new Map(next.map(({ question, option: chosen }) => [question, chosen]));
      step(resolveNext(option.next, known, reached), next);
    }
  };
  step(ssprUser.start, []);
  return paths;
}

const label = (answers: readonly Answer[]) => answers.map(({ question, option }) => `${question}=${option}`).join('&');

describe('sspr-user flow: golden paths', () => {
  it('is structurally sound', () => {
    expect(validate(ssprUser)).toEqual([]);
  });

  it.each(paths)('%s', (_name, search, findings) => {
    const given = answersFromSearch(search);
    const result = walk(ssprUser, given, today);
    expect(result.ignored).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.answers).toEqual(given);
    expect(result.current).toBe('summary');
    expect(shownOrder(result.findings)).toEqual(findings);
  });

  it.each(days.map((day) => [day.today, day] as const))(
    'the same answers lead to the same findings on %s (the note carries both dates)',
    (_today, day) => {
      for (const [, search, findings] of paths)
        expect(shownOrder(walk(ssprUser, answersFromSearch(search), day).findings)).toEqual(findings);
    },
  );

  it.each(['email', 'sms', 'both'])(
    'a link from sspr-admin with ?symptom=%s opens at the reset-page question',
    (symptom) => {
      const result = walk(ssprUser, answersFromSearch(`symptom=${symptom}`), today);
      expect(result.ignored).toEqual([]);
      expect(result.current).toBe('reset-page');
    },
  );

  it('email-only paths never ask the text questions, and text-only paths never the email ones', () => {
    const emailQuestions = ['alternate-email', 'junk-folder'];
    const smsQuestions = ['mobile-registered', 'phone-receives-sms'];
    for (const answers of allPaths()) {
      const asked = answers.map(({ question }) => question);
      if (answers[0]?.option === 'email') expect(asked.filter((id) => smsQuestions.includes(id))).toEqual([]);
      if (answers[0]?.option === 'sms') expect(asked.filter((id) => emailQuestions.includes(id))).toEqual([]);
    }
  });
});

describe('sspr-user: question counts (at most 7 on any path)', () => {
  /** min / median / max questions per answer to `symptom`. */
  const stats = (reached: ReadonlySet<string>) => {
    const lengths: Record<string, number[]> = {};
    for (const answers of allPaths(reached)) {
      const first = answers[0]?.option ?? '';
      lengths[first] = [...(lengths[first] ?? []), answers.length];
    }
    return Object.fromEntries(
      Object.entries(lengths).map(([first, counts]) => {
        const sorted = [...counts].sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        const median =
          sorted.length % 2 === 1 ? sorted[middle] : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
        return [first, { paths: sorted.length, min: sorted[0], median, max: sorted.at(-1) }];
      }),
    );
  };

  it.each(eras(ssprUser).map((era) => [era.today, era.reached] as const))('on %s', (_day, reached) => {
    expect(stats(reached)).toEqual({
      email: { paths: 17, min: 2, median: 4, max: 5 },
      sms: { paths: 37, min: 2, median: 5, max: 5 },
      both: { paths: 157, min: 2, median: 6, max: 7 },
    });
  });

  it('the engine counts agree: no path asks more than 7 questions in any era', () => {
    for (const { reached } of eras(ssprUser))
      expect(Math.max(...questionsPerPath(ssprUser, reached).map((row) => row.max))).toBeLessThanOrEqual(7);
  });
});

/** Findings that must never be shown together: they would contradict or repeat each other. */
const exclusive: readonly (readonly string[])[] = [
  ['use-other-methods', 'contact-it-desk'],
  ['mail-in-junk', 'mail-filtered', 'check-junk-folder', 'email-not-offered', 'mailbox-unreachable'],
  [
    'sms-not-offered',
    'wrong-number',
    'missing-country-code',
    'leading-zero',
    'number-does-not-match',
    'check-number-format',
  ],
  ['phone-cannot-receive-sms', 'telephony-blocked', 'carrier-blocks-foreign-sms', 'non-carrier-number', 'check-phone'],
  ['sspr-not-enabled', 'no-licence', 'writeback-not-set-up', 'not-enough-methods', 'throttled', 'check-reset-page'],
];

describe('sspr-user: every complete path', () => {
  const kinds = ssprUser.findings as Record<string, { kind: string }>;
  const all: string[][] = [];
  beforeAll(() => {
    for (const answers of allPaths()) all.push([label(answers), ...findingsOf(answers)]);
  });

  it('ends with a way forward: another way in, or the IT service desk', () => {
    const without = all.filter(
      ([, ...findings]) => !findings.includes('use-other-methods') && !findings.includes('contact-it-desk'),
    );
    expect(without.map(([path]) => path).slice(0, 5)).toEqual([]);
  });

  it('shows no findings that contradict or repeat each other', () => {
    const clashing = all.filter(([, ...findings]) =>
      exclusive.some((group) => findings.filter((id) => group.includes(id)).length > 1),
    );
    expect(clashing.map(([path]) => path).slice(0, 5)).toEqual([]);
  });

  it('leads with a cause wherever one was found', () => {
    for (const [, ...findings] of all)
      if (findings.some((id) => kinds[id]?.kind === 'cause'))
        expect(planSummary(ssprUser, findings).lead).toBeDefined();
  });

  it.each([
    ['en', en],
    ['nl', nl],
  ] as const)(
    'a finding that points to the escalation heading (%s) only shows with the IT desk below it',
    (_lng, text) => {
      const pointing = Object.entries(text.findings)
        .filter(([, finding]) => JSON.stringify(finding).includes(text.summary.escalationHeading))
        .map(([id]) => id);
      expect(pointing.length).toBeGreaterThan(0);
      const dangling = all.filter(
        ([, ...findings]) => findings.some((id) => pointing.includes(id)) && !findings.includes('contact-it-desk'),
      );
      expect(dangling.map(([path]) => path).slice(0, 5)).toEqual([]);
    },
  );
});

describe('sspr-user: advice for a regular employee', () => {
  const notesOf = (id: string): readonly string[] =>
    (ssprUser.findings as Record<string, { notes?: readonly string[] }>)[id]?.notes ?? [];

  it('escalates only to the organisation’s own IT service desk, never to Microsoft support', () => {
    const escalations = Object.entries(ssprUser.findings as Record<string, { kind: string }>)
      .filter(([, finding]) => finding.kind === 'escalation')
      .map(([id]) => id);
    expect(escalations).toEqual(['contact-it-desk']);
    for (const text of [en, nl]) {
      const words = JSON.stringify(text);
      expect(words).not.toMatch(
        /support for business|ondersteuning voor bedrijven|get-help-support|support-contact-info/i,
      );
      expect(words).not.toMatch(/Microsoft Entra admin center|Entra-beheercentrum|admin\.microsoft\.com/);
    }
  });

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

  it('every text-message finding carries the dated retirement note', () => {
    const smsQuestions = ['mobile-registered', 'phone-receives-sms'];
    const smsFindings = nodeEntries(ssprUser).flatMap(([id, node]) =>
      node.kind === 'question' && smsQuestions.includes(id)
        ? node.options.flatMap((option) => option.findings ?? [])
        : [],
    );
    expect(smsFindings.length).toBeGreaterThan(5);
    expect(smsFindings.filter((id) => !notesOf(id).includes('sms-voice-retirement'))).toEqual([]);
    for (const text of [en, nl]) {
      expect(text.notes['sms-voice-retirement']).toContain('{date:sms-voice-retirement}');
      // The later date is for Global Administrators and external users; a guest resets their
      // password in their own organisation, where they are not external, so no employee text names it.
      expect(JSON.stringify(text)).not.toContain('{date:sms-voice-retirement-ga}');
    }
  });

  it('advises against retrying in the text, never for it', () => {
    for (const text of [en, nl])
      expect(JSON.stringify(text)).not.toMatch(/a few times|several times|paar keer|meerdere keren|keep trying/i);
  });

  it('the start page promises never to ask for the password', () => {
    expect(en.start.intro).toContain('This troubleshooter never asks for your password.');
    expect(nl.start.intro).toContain('Deze probleemoplosser vraagt nooit om je wachtwoord.');
  });
});
