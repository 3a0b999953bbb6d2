import { describe, expect, it } from 'vitest';
import { fillDates, longDate } from '../engine/text-dates.ts';
import { DATE_LOCALES, LANGUAGES } from '../i18n/languages.ts';
import { DATED_WORDING_LANGUAGES, oneSidedDatedSentences, oneSidedDatedTexts, sentences } from './dated-wording.ts';

/** The dates as each language writes them, and as locale files do. */
const FEBRUARY = { en: '1 February 2027', nl: '1 februari 2027' } as const;
const JULY = { en: '1 July 2027', nl: '1 juli 2027' } as const;
const PLACEHOLDER = '{date:sms-voice-retirement}';

/** Each sentence on its own: flagged (true) or not. */
const flagged = (sentence: string, language: 'en' | 'nl', dates: readonly string[]) =>
  oneSidedDatedSentences(sentence, dates, language).length > 0;

describe('the dated-wording rule', () => {
  it('knows every language of the site', () => {
    expect(LANGUAGES.filter((language) => !DATED_WORDING_LANGUAGES.includes(language))).toEqual([]);
  });

  describe('English', () => {
    const dates = [FEBRUARY.en, JULY.en];
    it.each([
      'Since 1 February 2027, Microsoft no longer delivers the text messages and voice calls used for password reset.',
      'On 1 February 2027, Microsoft stopped delivering the text messages and voice calls used for sign-in and password reset in Microsoft Entra.',
      'Microsoft has stopped sending text messages for password reset on 1 February 2027.',
      'Text messages for password reset ended on 1 February 2027.',
      'Sign-in with a text message was retired on 1 February 2027.',
      'Sign-in with a text message has been switched off since 1 February 2027.',
      'Microsoft no longer sends these messages, and has not done so since 1 February 2027.',
      'On 1 July 2027, the new rule for Global Administrators took effect.',
      'Microsoft will stop delivering text messages on 1 February 2027.',
      'Microsoft stops delivering text messages on 1 February 2027.',
      'On 1 July 2027, Microsoft begins asking Global Administrators and external users for a passkey.',
      'Microsoft is retiring text messages for password reset on 1 February 2027.',
      'Soon, on 1 February 2027, text messages no longer arrive.',
      'From 1 February 2027, Microsoft will no longer send text messages.',
      'Microsoft sent text messages until 1 February 2027.',
    ])('flags "%s"', (sentence) => {
      expect(flagged(sentence, 'en', dates)).toBe(true);
    });

    it.each([
      'From 1 February 2027, Microsoft no longer delivers the text messages and voice calls used for password reset in its public cloud.',
      "In Microsoft's public cloud, calls are delivered only until 1 February 2027, unless your organisation has its own telecom provider.",
      'On and after 1 July 2027, Global Administrators and external users sign in with a passkey.',
      'From 1 July 2027, Global Administrators and external users need a passkey.',
      "From 1 February 2027, text messages for password reset are retired in Microsoft's public cloud.",
      // A sentence that names no date of the flow is not this rule's business.
      'If the messages stopped arriving, check the number.',
      'Since 1 March 2020, the reset page has shown this message.',
      'From 1 February 2027, set up the app as soon as you can.',
      'Since texts no longer arrive from 1 February 2027, use the app.',
    ])('passes "%s"', (sentence) => {
      expect(flagged(sentence, 'en', dates)).toBe(false);
    });
  });

  describe('Dutch', () => {
    const dates = [FEBRUARY.nl, JULY.nl];
    it.each([
      'Sinds 1 februari 2027 verstuurt Microsoft in de openbare cloud geen sms-berichten meer voor wachtwoordherstel.',
      'Op 1 februari 2027 is Microsoft gestopt met het versturen van de sms-berichten en telefonische oproepen.',
      'Op 1 februari 2027 stopte Microsoft met het versturen van sms-berichten.',
      'Microsoft heeft sms voor wachtwoordherstel op 1 februari 2027 beëindigd.',
      'Sms voor aanmelden is op 1 februari 2027 uitgefaseerd.',
      'Op 1 juli 2027 werd de nieuwe regel voor globale beheerders ingevoerd.',
      'Microsoft stopt op 1 februari 2027 met het versturen van sms-berichten.',
      'Op 1 februari 2027 stopt Microsoft met het versturen van sms-berichten.',
      'Microsoft gaat op 1 februari 2027 stoppen met sms-berichten voor wachtwoordherstel.',
      'Binnenkort, op 1 juli 2027, verandert het aanmelden voor globale beheerders.',
    ])('flags "%s"', (sentence) => {
      expect(flagged(sentence, 'nl', dates)).toBe(true);
    });

    it.each([
      'Vanaf 1 februari 2027 verstuurt Microsoft in de openbare cloud geen sms-berichten en telefonische oproepen meer voor wachtwoordherstel.',
      'In de openbare cloud van Microsoft worden oproepen alleen tot 1 februari 2027 bezorgd, tenzij je organisatie een eigen telecomprovider heeft.',
      'Vanaf 1 juli 2027 hebben globale beheerders en externe gebruikers een passkey nodig.',
      'Op en na 1 juli 2027 melden globale beheerders zich aan met een passkey.',
      'Is het sms-bericht gestopt met aankomen, controleer dan het nummer.',
      'Sinds 1 maart 2020 toont de pagina deze melding.',
    ])('passes "%s"', (sentence) => {
      expect(flagged(sentence, 'nl', dates)).toBe(false);
    });
  });

  it('returns only the offending sentences of a text, as written', () => {
    const text =
      'Since 1 February 2027, Microsoft no longer delivers text messages. Only organisations with their own telecom provider still get them. Calls arrive only until 1 February 2027.';
    expect(oneSidedDatedSentences(text, [FEBRUARY.en], 'en')).toEqual([
      'Since 1 February 2027, Microsoft no longer delivers text messages.',
    ]);
  });

  it('checks text with placeholders as well as text with the dates filled in', () => {
    const before = {
      en: `Since ${PLACEHOLDER}, Microsoft no longer delivers the text messages and voice calls used for password reset in its public cloud.`,
      nl: `Sinds ${PLACEHOLDER} verstuurt Microsoft in de openbare cloud geen sms-berichten en telefonische oproepen meer voor wachtwoordherstel.`,
    };
    // The same text in the form that holds on every day.
    const after = {
      en: `From ${PLACEHOLDER}, Microsoft no longer delivers the text messages and voice calls used for password reset in its public cloud.`,
      nl: `Vanaf ${PLACEHOLDER} verstuurt Microsoft in de openbare cloud geen sms-berichten en telefonische oproepen meer voor wachtwoordherstel.`,
    };
    const flowDates = { 'sms-voice-retirement': '2027-02-01' };
    for (const language of ['en', 'nl'] as const) {
      const filled = (text: string) => fillDates(text, flowDates, longDate(DATE_LOCALES[language]));
      expect(oneSidedDatedSentences(before[language], [PLACEHOLDER], language)).toEqual([before[language]]);
      expect(oneSidedDatedSentences(filled(before[language]), [FEBRUARY[language]], language)).toEqual([
        filled(before[language]),
      ]);
      expect(oneSidedDatedSentences(after[language], [PLACEHOLDER], language)).toEqual([]);
      expect(oneSidedDatedSentences(filled(after[language]), [FEBRUARY[language]], language)).toEqual([]);
    }
  });

  it('names the path of each offending string in a locale file, dated by its placeholders', () => {
    const json = {
      findings: {
        'sms-retired': { problem: `Since ${PLACEHOLDER}, Microsoft no longer delivers text messages. Use the app.` },
      },
      notes: { 'sms-voice-retirement': `From ${PLACEHOLDER}, Microsoft no longer sends them itself.` },
      questions: { help: { body: ['Microsoft stopped sending them on 1 February 2027.', 'It stopped.'] } },
    };
    expect(oneSidedDatedTexts('en', json)).toEqual([
      `findings.sms-retired.problem: Since ${PLACEHOLDER}, Microsoft no longer delivers text messages.`,
    ]);
    // A date written out (as a flow's date in the language) counts too.
    expect(oneSidedDatedTexts('en', json, [FEBRUARY.en])).toContain(
      'questions.help.body.0: Microsoft stopped sending them on 1 February 2027.',
    );
    // A date the UI fills in at run time.
    expect(oneSidedDatedTexts('en', { since: 'since {{date}}', from: 'from {{date}}' }, ['{{date}}'])).toEqual([
      'since: since {{date}}',
    ]);
  });

  it('splits a text into sentences, not at "e.g." or "bijv." in mid-sentence', () => {
    expect(sentences('One, e.g. this. Two!\nThree? Vier, bijv. zo. Vijf')).toEqual([
      'One, e.g. this.',
      'Two!',
      'Three?',
      'Vier, bijv. zo.',
      'Vijf',
    ]);
  });
});
