import { defineFlow } from '../../src/engine/define-flow.ts';

/**
 * Admin self-service password reset sends no email or no text message.
 * Built from the seed article and today's facts; every claim in the text is
 * sourced in SOURCES.md. Routing only: the words are in
 * locales/<lng>/sspr-admin.json.
 *
 * The order follows the smart-answers rule: ask what can change the advice,
 * the most telling questions first, and stop once the advice is known.
 * 1. what does not arrive;
 * 2. whether the account is an administrator's (regular users stop here),
 *    and, where a text is awaited and Microsoft no longer sends it to every
 *    account, whether texts still reach this one (a Global Administrator
 *    between the two retirement dates; an own telephony provider);
 * 3. what the reset page showed: an error settles the cause at once;
 * 4. which other ways in there are: other working methods end the diagnosis;
 * 5. whether the reset got as far as asking for the code;
 * 6. the email questions, then the text-message questions.
 *
 * Two retirement dates (Learn, concept-sms-voice-retirement-faq): from
 * 1 February 2027 Microsoft stops sending its own texts and calls for every
 * account except Global Administrators and external users, who follow on
 * 1 July 2027. Between the dates the role decides whether a text can still
 * come; from the second date only an own telephony provider does.
 *
 * Ids are public API (support staff link to steps): never rename one; a
 * removed or renamed step stays in `aliases`, pointing at the nearest step.
 */

/** Where a text is awaited: whether Microsoft still sends it to this account depends on the day. */
const awaitsText = ['sms', 'both'];

/**
 * For an administrator awaiting a text: from the second date, whether the
 * organisation has its own telephony provider; between the dates, whether
 * the account is a Global Administrator (or has a provider). Rules are tried
 * in order, so the later date wins.
 */
const toResetPage = {
  when: [
    { question: 'symptom', anyOf: awaitsText, since: 'sms-voice-retirement-ga', goto: 'telecom-provider' },
    { question: 'symptom', anyOf: awaitsText, since: 'sms-voice-retirement', goto: 'text-delivery' },
  ],
  otherwise: 'reset-page',
} as const;

/**
 * The answers that say no text can come: nothing later about the phone changes
 * that. "I do not know" between the dates is not one of them: a sole
 * administrator is most often a Global Administrator (whoever signed up is one),
 * whose texts still come until the second date.
 */
const noTextRules = [
  { question: 'telecom-provider', anyOf: ['no', 'not-sure'], since: 'sms-voice-retirement', goto: 'summary' },
  { question: 'text-delivery', anyOf: ['neither'], since: 'sms-voice-retirement', goto: 'summary' },
] as const;

/** After the email questions: on to the text-message questions when both fail (and a text can still come). */
const afterEmail = {
  when: [...noTextRules, { question: 'symptom', anyOf: ['both'], goto: 'mobile-registered' }],
  otherwise: 'summary',
} as const;

/** After the reset steps: the email questions when email is involved, else the text questions. */
const toMethods = {
  when: [{ question: 'symptom', anyOf: ['email', 'both'], goto: 'alternate-email' }],
  otherwise: 'mobile-registered',
} as const;

/**
 * Without other ways in: on to the reset steps, unless only a text was
 * awaited and no text can come (nothing later changes that).
 * Rules are tried in order: email involved always goes on.
 */
const toResetSteps = {
  when: [{ question: 'symptom', anyOf: ['email', 'both'], goto: 'reset-steps' }, ...noTextRules],
  otherwise: 'reset-steps',
} as const;

export const ssprAdmin = defineFlow({
  id: 'sspr-admin',
  start: 'symptom',
  dates: {
    // Microsoft-provided SMS and voice end across Entra, SSPR included (public cloud)...
    'sms-voice-retirement': '2027-02-01',
    // ...except for Global Administrators and external users, who follow on this day.
    'sms-voice-retirement-ga': '2027-07-01',
  },
  notes: ['sms-voice-retirement', 'retry-limit'],
  // In order of weight: the summary leads with the first cause recorded in this order.
  // Certain causes come before likely ones (a number written wrongly before a spam-filter guess).
  findings: {
    // Its own text says what the retirement note says: the note is not repeated beside it.
    'sms-retired': { kind: 'cause', covers: ['sms-voice-retirement'] },
    // A regular user belongs in the employees' troubleshooter, with what they already told us.
    'not-admin': { kind: 'cause', handoff: { flow: 'sspr-user', step: 'reset-page', carry: ['symptom'] } },
    'admin-sspr-off': { kind: 'cause' },
    'password-on-premises': { kind: 'cause' },
    'not-enough-methods': { kind: 'cause' },
    throttled: { kind: 'cause' },
    'use-other-methods': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'no-alternate-email': { kind: 'cause' },
    'mailbox-unreachable': { kind: 'cause' },
    'mail-in-junk': { kind: 'cause', notes: ['retry-limit'] },
    'no-mobile-number': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'wrong-number': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'missing-country-code': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'leading-zero': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'number-does-not-match': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    'non-carrier-number': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'phone-cannot-receive-sms': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    // Microsoft-side blocks come before "ask your mobile provider".
    'telephony-blocked': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    'carrier-blocks-foreign-sms': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    'mail-filtered': { kind: 'cause', notes: ['retry-limit'] },
    // After the concrete causes: it leads only where nothing more definite was found.
    'follow-reset-steps': { kind: 'cause', notes: ['retry-limit'] },
    'check-admin-role': { kind: 'check' },
    'check-text-delivery': { kind: 'check' },
    'check-reset-page': { kind: 'check', notes: ['retry-limit'] },
    'check-junk-folder': { kind: 'check', notes: ['retry-limit'] },
    'check-number-format': { kind: 'check', notes: ['sms-voice-retirement'] },
    'check-phone': { kind: 'check', notes: ['sms-voice-retirement', 'retry-limit'] },
    'ask-other-admin': { kind: 'escalation' },
    'contact-microsoft-support': { kind: 'escalation' },
  },
  nodes: {
    symptom: {
      kind: 'question',
      options: [
        { id: 'email', next: 'account-type' },
        { id: 'sms', next: 'account-type' },
        { id: 'both', next: 'account-type' },
      ],
    },
    'account-type': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: toResetPage },
        { id: 'no', next: 'summary', findings: ['not-admin'] },
        { id: 'not-sure', next: toResetPage, findings: ['check-admin-role'], notSure: true },
      ],
    },
    // Asked only between the two dates, where a text is awaited: the role decides whether one can come.
    // A link made before the first date skips it: then the summary says how to find out.
    'text-delivery': {
      kind: 'question',
      help: true,
      whenSkipped: ['check-text-delivery'],
      options: [
        { id: 'global-admin', next: 'reset-page' },
        { id: 'own-provider', next: 'reset-page' },
        { id: 'neither', next: 'reset-page', findings: ['sms-retired'] },
        { id: 'not-sure', next: 'reset-page', findings: ['check-text-delivery'], notSure: true },
      ],
    },
    // Asked only from the second date on, where a text is awaited: only an own provider still sends texts.
    'telecom-provider': {
      kind: 'question',
      help: true,
      whenSkipped: ['check-text-delivery'],
      options: [
        { id: 'yes', next: 'reset-page' },
        { id: 'no', next: 'reset-page', findings: ['sms-retired'] },
        { id: 'not-sure', next: 'reset-page', findings: ['sms-retired', 'check-text-delivery'], notSure: true },
      ],
    },
    // One answer in place of several questions: the page itself tells what is wrong.
    'reset-page': {
      kind: 'question',
      options: [
        { id: 'methods', next: 'other-ways' },
        { id: 'not-enabled', next: 'other-admin', findings: ['admin-sspr-off'] },
        { id: 'not-enough-info', next: 'other-admin', findings: ['not-enough-methods'] },
        { id: 'too-many-attempts', next: 'other-admin', findings: ['throttled'] },
        // The same option id as in sspr-user: the password is kept on-premises, where only its own
        // administrators can reset it (asking about another cloud administrator would not help).
        { id: 'setup-problem', next: 'summary', findings: ['password-on-premises'] },
        { id: 'not-sure', next: 'other-ways', findings: ['check-reset-page'], notSure: true },
      ],
    },
    // Other ways in: other working methods end the diagnosis; otherwise who can help, once.
    'other-ways': {
      kind: 'question',
      help: true,
      options: [
        { id: 'other-methods', next: 'summary', findings: ['use-other-methods'] },
        { id: 'other-admin', next: toResetSteps, findings: ['ask-other-admin'] },
        { id: 'neither', next: toResetSteps, findings: ['contact-microsoft-support'] },
      ],
    },
    'reset-steps': {
      kind: 'question',
      options: [
        { id: 'yes', next: toMethods },
        { id: 'no', next: 'summary', findings: ['follow-reset-steps'] },
        { id: 'not-sure', next: toMethods, findings: ['follow-reset-steps'], notSure: true },
      ],
    },
    'alternate-email': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'junk-folder' },
        { id: 'unreadable', next: afterEmail, findings: ['mailbox-unreachable'] },
        { id: 'no', next: afterEmail, findings: ['no-alternate-email'] },
      ],
    },
    'junk-folder': {
      kind: 'question',
      options: [
        // Found: for email alone that settles it; with both, the text still matters.
        { id: 'found-it', next: afterEmail, findings: ['mail-in-junk'] },
        { id: 'not-there', next: afterEmail, findings: ['mail-filtered'] },
        { id: 'not-checked', next: afterEmail, findings: ['check-junk-folder'], notSure: true },
      ],
    },
    // How the number is registered, as far as the reader knows it: the reset page never shows it whole.
    'mobile-registered': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'phone-receives-sms' },
        { id: 'no-country-code', next: 'summary', findings: ['missing-country-code'] },
        { id: 'zero-kept', next: 'summary', findings: ['leading-zero'] },
        { id: 'other-number', next: 'summary', findings: ['wrong-number'] },
        // "Does not match" is first a typing problem: the page wants the whole number with country code.
        { id: 'does-not-match', next: 'summary', findings: ['number-does-not-match'] },
        { id: 'no', next: 'summary', findings: ['no-mobile-number'] },
        // An unknown number: its format cannot be asked, so on to the phone itself.
        { id: 'not-sure', next: 'phone-receives-sms', findings: ['check-number-format'], notSure: true },
      ],
    },
    'phone-receives-sms': {
      kind: 'question',
      options: [
        // Other texts arrive: the block is on Microsoft's side (region opt-in, throttling).
        { id: 'yes', next: 'summary', findings: ['telephony-blocked'] },
        { id: 'blocked-abroad', next: 'summary', findings: ['carrier-blocks-foreign-sms'] },
        { id: 'no', next: 'summary', findings: ['phone-cannot-receive-sms'] },
        { id: 'internet', next: 'summary', findings: ['non-carrier-number'] },
        { id: 'not-sure', next: 'summary', findings: ['check-phone'], notSure: true },
      ],
    },
    // Only where an error on the reset page leaves no other way than someone else's help.
    'other-admin': {
      kind: 'question',
      options: [
        { id: 'yes', next: 'summary', findings: ['ask-other-admin'] },
        { id: 'no', next: 'summary', findings: ['contact-microsoft-support'] },
      ],
    },
    summary: { kind: 'terminal' },
  },
  aliases: {
    // The design brief's example link used this name for the number-format step.
    'country-code': 'mobile-registered',
    // Content v2 (2026-11-26) folded these questions into others; old links land on the nearest step.
    'user-name': 'reset-page',
    'admin-sspr': 'reset-page',
    'mailbox-works': 'alternate-email',
    'number-format': 'mobile-registered',
    'japanese-number': 'mobile-registered',
    'number-type': 'phone-receives-sms',
    'foreign-sms': 'phone-receives-sms',
    'first-step-done': 'reset-steps',
  },
});

export type SsprAdminFlow = typeof ssprAdmin;
export default ssprAdmin;
