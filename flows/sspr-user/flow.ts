import { defineFlow } from '../../src/engine/define-flow.ts';

/**
 * A regular employee (not an administrator) resets their own password and
 * gets no email or no text message with the code. Routing only: the words
 * are in locales/<lng>/sspr-user.json; every claim in them is sourced in
 * SOURCES.md.
 *
 * A regular user cannot change their organisation's settings, so the tree
 * only asks what changes what *they* do next:
 * 1. what does not arrive (the same question and answers as sspr-admin,
 *    whose "I am not an administrator" answer links here with `?symptom=`);
 * 2. what the reset page showed: an error names the cause at once, and then
 *    only the IT service desk can help;
 * 3. whether another way to verify works: then nothing else needs asking;
 * 4. the email questions, then the text-message questions (the same ids and
 *    answers as in sspr-admin, so a support link means the same in both).
 *
 * No `since` branch: whether Microsoft still sends a text after
 * {date:sms-voice-retirement} (or {date:sms-voice-retirement-ga} for external
 * users, such as guests from another organisation) depends on whether the
 * organisation has its own telephony provider, which a regular user cannot
 * know. Every text-message finding carries the dated note instead, worded so
 * that the advice is right on every day.
 *
 * Ids are public API (support staff link to steps): never rename one; a
 * removed or renamed step goes into `aliases`, pointing at the nearest step.
 */

/** After the reset page: the email questions when email is involved, else the text questions. */
const toMethods = {
  when: [{ question: 'symptom', anyOf: ['email', 'both'], goto: 'alternate-email' }],
  otherwise: 'mobile-registered',
} as const;

/** After the email questions: on to the text-message questions when neither arrives. */
const afterEmail = {
  when: [{ question: 'symptom', anyOf: ['both'], goto: 'mobile-registered' }],
  otherwise: 'summary',
} as const;

export const ssprUser = defineFlow({
  id: 'sspr-user',
  start: 'symptom',
  dates: {
    // Microsoft-provided SMS and voice end across Entra, password reset included (public cloud).
    'sms-voice-retirement': '2027-02-01',
    // ...except for Global Administrators and external users (guests from another organisation).
    'sms-voice-retirement-ga': '2027-07-01',
  },
  notes: ['sms-voice-retirement', 'retry-limit'],
  // In order of weight: the summary leads with the first cause recorded in this order.
  findings: {
    // What the reset page said: only the organisation can change these.
    'sspr-not-enabled': { kind: 'cause' },
    'no-licence': { kind: 'cause' },
    'writeback-not-set-up': { kind: 'cause' },
    'not-enough-methods': { kind: 'cause' },
    throttled: { kind: 'cause' },
    // Another way in settles it for today.
    'use-other-methods': { kind: 'cause' },
    // Email
    'email-not-offered': { kind: 'cause' },
    'mailbox-unreachable': { kind: 'cause' },
    'mail-in-junk': { kind: 'cause', notes: ['retry-limit'] },
    // Text message: certain causes before likely ones
    'sms-not-offered': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'wrong-number': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'missing-country-code': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'leading-zero': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'number-does-not-match': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    'non-carrier-number': { kind: 'cause', notes: ['sms-voice-retirement'] },
    'phone-cannot-receive-sms': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    // Microsoft-side blocks come before "ask your mobile provider".
    'telephony-blocked': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    'carrier-blocks-foreign-sms': { kind: 'cause', notes: ['sms-voice-retirement', 'retry-limit'] },
    // A likely cause, after the certain ones (the summary leads with a certain cause).
    'mail-filtered': { kind: 'cause', notes: ['retry-limit'] },
    'check-reset-page': { kind: 'check', notes: ['retry-limit'] },
    'check-junk-folder': { kind: 'check', notes: ['retry-limit'] },
    'check-number-format': { kind: 'check', notes: ['sms-voice-retirement'] },
    'check-phone': { kind: 'check', notes: ['sms-voice-retirement', 'retry-limit'] },
    // The organisation's own IT service desk; never Microsoft support for a regular user.
    'contact-it-desk': { kind: 'escalation' },
  },
  nodes: {
    // Same id and option ids as sspr-admin: its "not an administrator" answer links here with them.
    symptom: {
      kind: 'question',
      options: [
        { id: 'email', next: 'reset-page' },
        { id: 'sms', next: 'reset-page' },
        { id: 'both', next: 'reset-page' },
      ],
    },
    // One answer in place of several questions: an error on the page names the cause.
    // The first five option ids mean what they mean in sspr-admin; two errors only users see are added.
    'reset-page': {
      kind: 'question',
      options: [
        { id: 'methods', next: 'other-method' },
        { id: 'not-enabled', next: 'summary', findings: ['sspr-not-enabled', 'contact-it-desk'] },
        { id: 'not-enough-info', next: 'summary', findings: ['not-enough-methods', 'contact-it-desk'] },
        { id: 'too-many-attempts', next: 'summary', findings: ['throttled', 'contact-it-desk'] },
        { id: 'no-licence', next: 'summary', findings: ['no-licence', 'contact-it-desk'] },
        { id: 'setup-problem', next: 'summary', findings: ['writeback-not-set-up', 'contact-it-desk'] },
        { id: 'not-sure', next: 'other-method', findings: ['check-reset-page'], notSure: true },
      ],
    },
    // Another way that works ends the diagnosis; otherwise the IT desk is the way back in.
    'other-method': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'summary', findings: ['use-other-methods'] },
        { id: 'no', next: toMethods, findings: ['contact-it-desk'] },
      ],
    },
    // Same id and option ids as sspr-admin.
    'alternate-email': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'junk-folder' },
        { id: 'unreadable', next: afterEmail, findings: ['mailbox-unreachable'] },
        { id: 'no', next: afterEmail, findings: ['email-not-offered'] },
      ],
    },
    // Same id and option ids as sspr-admin.
    'junk-folder': {
      kind: 'question',
      options: [
        { id: 'found-it', next: afterEmail, findings: ['mail-in-junk'] },
        { id: 'not-there', next: afterEmail, findings: ['mail-filtered'] },
        { id: 'not-checked', next: afterEmail, findings: ['check-junk-folder'], notSure: true },
      ],
    },
    // Same id and option ids as sspr-admin: which number, and how it is written.
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
        { id: 'no', next: 'summary', findings: ['sms-not-offered'] },
        // An unknown number: its format cannot be asked, so on to the phone itself.
        { id: 'not-sure', next: 'phone-receives-sms', findings: ['check-number-format'], notSure: true },
      ],
    },
    // Same id and option ids as sspr-admin.
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
    summary: { kind: 'terminal' },
  },
});

export type SsprUserFlow = typeof ssprUser;
export default ssprUser;
