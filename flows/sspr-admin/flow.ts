import { defineFlow } from '../../src/engine/define-flow.ts';

/**
 * Admin self-service password reset sends no email or no text message.
 * Built from the seed article and today's facts (shared/domain/sspr-facts.md).
 * Routing only: the words are in locales/<lng>/sspr-admin.json.
 *
 * Ids are public API (support staff link to steps): never rename one; add an
 * alias in `aliases` below if a step must move.
 */

/** After the email questions: on to the text-message questions when both fail. */
const afterEmail = {
  when: [{ question: 'symptom', anyOf: ['both'], goto: 'mobile-registered' }],
  otherwise: 'other-admin',
} as const;

/**
 * After the junk-folder question, when the email truly did not arrive: an
 * email that is the second method is only sent once the first is verified.
 */
const afterJunkFolder = {
  when: [{ question: 'symptom', anyOf: ['both'], goto: 'mobile-registered' }],
  otherwise: 'first-step-done',
} as const;

/** After the general checks: the email questions first when email is involved. */
const toMethods = {
  when: [{ question: 'symptom', anyOf: ['email', 'both'], goto: 'alternate-email' }],
  otherwise: 'mobile-registered',
} as const;

export const ssprAdmin = defineFlow({
  id: 'sspr-admin',
  start: 'symptom',
  findings: {
    'not-admin': { kind: 'cause' },
    'check-admin-role': { kind: 'check' },
    'check-user-name': { kind: 'check' },
    'admin-sspr-off': { kind: 'cause' },
    'check-admin-sspr': { kind: 'check' },
    'follow-reset-steps': { kind: 'cause' },
    'no-alternate-email': { kind: 'cause' },
    'check-registered-methods': { kind: 'check' },
    'mailbox-unreachable': { kind: 'cause' },
    'mail-in-junk': { kind: 'cause' },
    'mail-filtered': { kind: 'cause' },
    'check-junk-folder': { kind: 'check' },
    'no-mobile-number': { kind: 'cause' },
    'missing-country-code': { kind: 'cause' },
    'check-number-format': { kind: 'check' },
    'japanese-leading-zero': { kind: 'cause' },
    'non-carrier-number': { kind: 'cause' },
    'check-number-type': { kind: 'check' },
    'phone-cannot-receive-sms': { kind: 'cause' },
    'carrier-blocks-foreign-sms': { kind: 'cause' },
    'check-foreign-sms': { kind: 'check' },
    'first-step-not-done': { kind: 'cause' },
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
        { id: 'yes', next: 'user-name' },
        { id: 'no', next: 'summary', findings: ['not-admin'] },
        { id: 'not-sure', next: 'user-name', findings: ['check-admin-role'], notSure: true },
      ],
    },
    'user-name': {
      kind: 'question',
      options: [
        { id: 'yes', next: 'admin-sspr' },
        { id: 'no', next: 'admin-sspr', findings: ['check-user-name'] },
        { id: 'not-sure', next: 'admin-sspr', findings: ['check-user-name'], notSure: true },
      ],
    },
    'admin-sspr': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'reset-steps' },
        { id: 'no', next: 'other-admin', findings: ['admin-sspr-off'] },
        { id: 'not-sure', next: 'reset-steps', findings: ['check-admin-sspr'], notSure: true },
      ],
    },
    'reset-steps': {
      kind: 'question',
      options: [
        { id: 'yes', next: toMethods },
        { id: 'no', next: toMethods, findings: ['follow-reset-steps'] },
      ],
    },
    'alternate-email': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'mailbox-works' },
        { id: 'no', next: afterEmail, findings: ['no-alternate-email'] },
        { id: 'not-sure', next: 'mailbox-works', findings: ['check-registered-methods'], notSure: true },
      ],
    },
    'mailbox-works': {
      kind: 'question',
      options: [
        { id: 'yes', next: 'junk-folder' },
        { id: 'no', next: afterEmail, findings: ['mailbox-unreachable'] },
      ],
    },
    'junk-folder': {
      kind: 'question',
      options: [
        { id: 'found-it', next: afterEmail, findings: ['mail-in-junk'] },
        { id: 'not-there', next: afterJunkFolder, findings: ['mail-filtered'] },
        { id: 'not-checked', next: afterJunkFolder, findings: ['check-junk-folder'], notSure: true },
      ],
    },
    'mobile-registered': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'number-format' },
        { id: 'no', next: 'other-admin', findings: ['no-mobile-number'] },
        { id: 'not-sure', next: 'number-format', findings: ['check-registered-methods'], notSure: true },
      ],
    },
    'number-format': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'japanese-number' },
        { id: 'no', next: 'number-type', findings: ['missing-country-code'] },
        { id: 'not-sure', next: 'number-type', findings: ['check-number-format'], notSure: true },
      ],
    },
    'japanese-number': {
      kind: 'question',
      options: [
        { id: 'not-japanese', next: 'number-type' },
        { id: 'zero-removed', next: 'number-type' },
        { id: 'zero-kept', next: 'number-type', findings: ['japanese-leading-zero'] },
      ],
    },
    'number-type': {
      kind: 'question',
      options: [
        { id: 'carrier', next: 'phone-receives-sms' },
        { id: 'internet', next: 'first-step-done', findings: ['non-carrier-number'] },
        { id: 'not-sure', next: 'phone-receives-sms', findings: ['check-number-type'], notSure: true },
      ],
    },
    'phone-receives-sms': {
      kind: 'question',
      options: [
        { id: 'yes', next: 'foreign-sms' },
        { id: 'no', next: 'first-step-done', findings: ['phone-cannot-receive-sms'] },
      ],
    },
    'foreign-sms': {
      kind: 'question',
      help: true,
      options: [
        { id: 'yes', next: 'first-step-done' },
        { id: 'no', next: 'first-step-done', findings: ['carrier-blocks-foreign-sms'] },
        { id: 'not-sure', next: 'first-step-done', findings: ['check-foreign-sms'], notSure: true },
      ],
    },
    'first-step-done': {
      kind: 'question',
      options: [
        { id: 'yes', next: 'other-admin' },
        { id: 'no', next: 'other-admin', findings: ['first-step-not-done'] },
      ],
    },
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
    'country-code': 'number-format',
  },
});

export type SsprAdminFlow = typeof ssprAdmin;
