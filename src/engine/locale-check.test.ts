import { describe, expect, it } from 'vitest';
import { datedFlow, soundFlow, soundFlowText } from './fixtures.ts';
import { compareLocales, flowTextProblems, type LocaleProblem } from './locale-check.ts';
import type { AnyFlow } from './types.ts';

const brief = (problems: readonly LocaleProblem[]) =>
  problems.map(({ code, path, language }) => (language ? { code, path, language } : { code, path }));

describe('compareLocales', () => {
  it('finds nothing wrong with languages that match', () => {
    const nl = { title: 'Titel', steps: ['Een', { text: 'Voer uit:', code: 'Get-MgUser' }], nested: { a: 'x' } };
    const en = { title: 'Title', steps: ['One', { text: 'Run:', code: 'Get-MgUser' }], nested: { a: 'y' } };
    expect(compareLocales({ nl, en }, 'common')).toEqual([]);
  });

  it('reports a key missing in one language with its dotted path and that language', () => {
    const problems = compareLocales(
      { nl: { nav: { back: 'Terug', next: 'Verder' } }, en: { nav: { back: 'Back' } } },
      'common',
    );
    expect(brief(problems)).toEqual([{ code: 'missing-key', path: 'nav.next', language: 'en' }]);
    expect(problems[0]?.namespace).toBe('common');
    expect(problems[0]?.message).toContain('present in nl');
  });

  it('reports a missing key whichever language has it', () => {
    const problems = compareLocales({ nl: { a: 'x' }, en: { a: 'x', b: 'y' } }, 'common');
    expect(brief(problems)).toEqual([{ code: 'missing-key', path: 'b', language: 'nl' }]);
  });

  it('reports a missing section once, not once per key inside it', () => {
    const problems = compareLocales({ nl: { help: { a: 'x', b: 'y' } }, en: {} }, 'common');
    expect(brief(problems)).toEqual([{ code: 'missing-key', path: 'help', language: 'en' }]);
  });

  it('reports empty and whitespace-only strings, in the language they are in', () => {
    const problems = compareLocales({ nl: { a: '', b: 'ok' }, en: { a: 'ok', b: ' \n\t' } }, 'common');
    expect(brief(problems)).toEqual([
      { code: 'empty-text', path: 'a', language: 'nl' },
      { code: 'empty-text', path: 'b', language: 'en' },
    ]);
  });

  it('checks one language on its own for empty text', () => {
    expect(brief(compareLocales({ nl: { list: ['x', ''] } }, 'common'))).toEqual([
      { code: 'empty-text', path: 'list.1', language: 'nl' },
    ]);
  });

  it('reports lists of different lengths, and still compares the items they share', () => {
    const problems = compareLocales({ nl: { steps: ['Een', 'Twee', ''] }, en: { steps: ['', 'Two'] } }, 'flow');
    expect(brief(problems)).toEqual([
      { code: 'array-length', path: 'steps' },
      { code: 'empty-text', path: 'steps.0', language: 'en' },
      { code: 'empty-text', path: 'steps.2', language: 'nl' },
    ]);
    expect(problems[0]?.message).toContain('3 items in nl');
    expect(problems[0]?.message).toContain('2 items in en');
  });

  it('reports a `code` block that differs between languages', () => {
    const problems = compareLocales(
      {
        nl: { steps: [{ text: 'Voer uit:', code: 'Get-MgUser -UserId $id' }] },
        en: { steps: [{ text: 'Run:', code: 'Get-MgUser -UserId $Id' }] },
      },
      'flow',
    );
    expect(brief(problems)).toEqual([{ code: 'code-differs', path: 'steps.0.code' }]);
  });

  it('allows other keys, such as links, to differ between languages', () => {
    const problems = compareLocales(
      { nl: { href: 'https://learn.microsoft.com/nl-nl/x' }, en: { href: 'https://learn.microsoft.com/en-us/x' } },
      'flow',
    );
    expect(problems).toEqual([]);
  });

  it('reports numbers, booleans and null as not text', () => {
    const problems = compareLocales(
      { nl: { a: 1, b: true, c: null, d: 'x' }, en: { a: 'x', b: 'y', c: 'z', d: 'w' } },
      'c',
    );
    expect(brief(problems)).toEqual([
      { code: 'not-text', path: 'a', language: 'nl' },
      { code: 'not-text', path: 'b', language: 'nl' },
      { code: 'not-text', path: 'c', language: 'nl' },
    ]);
  });

  it('reports text in one language where another has a list or object', () => {
    const problems = compareLocales({ nl: { a: 'tekst', b: { x: 'y' } }, en: { a: ['text'], b: { x: 'y' } } }, 'c');
    expect(brief(problems)).toEqual([{ code: 'type-differs', path: 'a' }]);
    expect(problems[0]?.message).toBe('a is string in nl, array in en');
  });

  it('reports a file that is not an object', () => {
    const problems = compareLocales({ nl: ['x'], en: { a: 'x' } }, 'common');
    expect(brief(problems)).toEqual([{ code: 'not-object', path: '', language: 'nl' }]);
  });

  it('does not mistake inherited names such as toString for keys', () => {
    expect(compareLocales({ nl: { toString: 'x' }, en: {} }, 'c').map((p) => p.path)).toEqual(['toString']);
    expect(compareLocales({ nl: { a: 'x' }, en: { a: 'y' } }, 'c')).toEqual([]);
  });
});

describe('flowTextProblems', () => {
  it('finds nothing wrong with complete text', () => {
    expect(flowTextProblems(soundFlow, soundFlowText())).toEqual([]);
  });

  it('reports a missing title, error or short label of a question', () => {
    const text = soundFlowText();
    delete text.questions.colour?.title;
    delete text.questions.help?.short;
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([
      { code: 'missing-text', path: 'questions.colour.title' },
      { code: 'missing-text', path: 'questions.help.short' },
    ]);
  });

  it('reports a question with no text at all once, by its path', () => {
    const text = soundFlowText();
    delete text.questions['red-detail'];
    const problems = flowTextProblems(soundFlow, text);
    expect(brief(problems)).toEqual([{ code: 'missing-text', path: 'questions.red-detail' }]);
    expect(problems[0]?.message).toBe('questions.red-detail is missing');
  });

  it('reports a missing option label and a label for an option the question does not have', () => {
    const text = soundFlowText();
    text.questions.colour = { ...text.questions.colour, options: { red: { label: 'Red' }, blu: { label: 'Blue' } } };
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([
      { code: 'missing-text', path: 'questions.colour.options.blue' },
      { code: 'missing-text', path: 'questions.colour.options.not-sure' },
      { code: 'unexpected-key', path: 'questions.colour.options.blu' },
    ]);
  });

  it('requires help where the node has help: true', () => {
    const text = soundFlowText();
    delete text.questions.size?.help;
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([{ code: 'missing-text', path: 'questions.size.help' }]);
    const half = soundFlowText();
    half.questions.size = { ...half.questions.size, help: { summary: 'How to tell', body: [] } };
    expect(brief(flowTextProblems(soundFlow, half))).toEqual([
      { code: 'missing-text', path: 'questions.size.help.body' },
    ]);
  });

  it('reports help on a question without help: true', () => {
    const text = soundFlowText();
    text.questions.colour = { ...text.questions.colour, help: { summary: 'x', body: ['y'] } };
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([
      { code: 'unexpected-key', path: 'questions.colour.help' },
    ]);
  });

  it('reports text for a question the flow does not have, and for a terminal node', () => {
    const text = soundFlowText();
    text.questions.colur = text.questions.colour as Record<string, unknown>;
    text.questions.end = { title: 'End' };
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([
      { code: 'unexpected-key', path: 'questions.colur' },
      { code: 'unexpected-key', path: 'questions.end' },
    ]);
  });

  it('reports a finding without its title, problem or steps', () => {
    const text = soundFlowText();
    text.findings['red-cause'] = { title: 'Red' };
    text.findings['ask-help'] = { title: 'Help', problem: 'x', steps: [] };
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([
      { code: 'missing-text', path: 'findings.red-cause.problem' },
      { code: 'missing-text', path: 'findings.red-cause.steps' },
      { code: 'missing-text', path: 'findings.ask-help.steps' },
    ]);
  });

  it('reports a step that is neither text nor { text, code }', () => {
    const text = soundFlowText();
    text.findings['red-cause'] = { title: 'Red', problem: 'x', steps: ['ok', { text: 'Run:', command: 'x' }] };
    const problems = flowTextProblems(soundFlow, text);
    expect(brief(problems)).toEqual([{ code: 'missing-text', path: 'findings.red-cause.steps.1' }]);
    expect(problems[0]?.message).toBe('findings.red-cause.steps.1 should be text or { text, code }, not object');
  });

  it('reports text for a finding the flow does not have', () => {
    const text = soundFlowText();
    text.findings['red-caus'] = text.findings['red-cause'] as Record<string, unknown>;
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([{ code: 'unexpected-key', path: 'findings.red-caus' }]);
  });

  it('reports the flow-wide texts: meta, start, summary, noCause, moreHelp and done', () => {
    const { meta: _meta, noCause: _noCause, ...text } = soundFlowText();
    expect(flowTextProblems(soundFlow, text).map((problem) => problem.path)).toEqual(['meta', 'noCause']);
    const { summary: _summary, done: _done, ...rest } = soundFlowText();
    const { duration: _duration, ...start } = rest.start;
    expect(flowTextProblems(soundFlow, { ...rest, start }).map((problem) => problem.path)).toEqual([
      'start.duration',
      'summary',
      'done',
    ]);
  });

  it('reports every key the wizard does not read, each by its path, all at once', () => {
    const text = {
      ...soundFlowText(),
      meta: { ...soundFlowText().meta, titel: 'Typo', subtitle: 'x' },
      extra: {},
    } as Record<string, unknown>;
    text.questions = { ...soundFlowText().questions, colur: {}, end: {} };
    const problems = flowTextProblems(soundFlow, text);
    expect(brief(problems)).toEqual([
      { code: 'unexpected-key', path: 'meta.titel' },
      { code: 'unexpected-key', path: 'meta.subtitle' },
      { code: 'unexpected-key', path: 'questions.colur' },
      { code: 'unexpected-key', path: 'questions.end' },
      { code: 'unexpected-key', path: 'extra' },
    ]);
    expect(problems.find((problem) => problem.path === 'questions.colur')?.message).toBe(
      'questions.colur: not a question of the flow',
    );
  });

  it('requires the handoff label exactly where the finding hands off to another flow', () => {
    const handingOff = {
      ...soundFlow,
      findings: {
        ...soundFlow.findings,
        'ask-help': { kind: 'escalation', handoff: { flow: 'x', step: 'y', carry: [] } },
      },
    } as AnyFlow;
    expect(brief(flowTextProblems(handingOff, soundFlowText()))).toEqual([
      { code: 'missing-text', path: 'findings.ask-help.handoff' },
    ]);
    const text = soundFlowText();
    text.findings['red-cause'] = { ...text.findings['red-cause'], handoff: 'Continue' };
    expect(brief(flowTextProblems(soundFlow, text))).toEqual([
      { code: 'unexpected-key', path: 'findings.red-cause.handoff' },
    ]);
  });

  it('reports text of the wrong type, and stamps the language when given', () => {
    const text = soundFlowText();
    text.questions.colour = { ...text.questions.colour, title: 42 };
    const problems = flowTextProblems(soundFlow, text, 'en');
    expect(brief(problems)).toEqual([{ code: 'missing-text', path: 'questions.colour.title', language: 'en' }]);
    expect(problems[0]?.message).toBe('questions.colour.title should be text, not number');
    expect(problems[0]?.namespace).toBe('fixture-sound');
  });

  it('reports a locale that is not an object without throwing', () => {
    expect(brief(flowTextProblems(soundFlow, null))).toEqual([{ code: 'missing-text', path: '' }]);
    expect(brief(flowTextProblems(soundFlow, 'text'))).toEqual([{ code: 'missing-text', path: '' }]);
  });

  it('requires the text of each note the flow declares, and no other note', () => {
    const text = { ...soundFlowText(), notes: { announcement: 'From {date:launch} on.', limits: 'Typo.' } };
    expect(brief(flowTextProblems(datedFlow, text))).toEqual(
      expect.arrayContaining([
        { code: 'missing-text', path: 'notes.limit' },
        { code: 'unexpected-key', path: 'notes.limits' },
      ]),
    );
  });

  it('reports a {date:name} placeholder that names no date of the flow, wherever it is', () => {
    const text = soundFlowText();
    text.findings['red-cause'] = { ...text.findings['red-cause'], problem: 'Since {date:launch}.' };
    expect(brief(flowTextProblems(soundFlow, text, 'en'))).toEqual([
      { code: 'unknown-date', path: 'findings.red-cause.problem', language: 'en' },
    ]);
  });
});

describe('flowTextProblems: what each wrong shape says', () => {
  /** The messages for the sound fixture's text after `change` breaks a copy of it. */
  const messages = (change: (text: ReturnType<typeof soundFlowText>) => void, flow: AnyFlow = soundFlow) => {
    const text = soundFlowText();
    change(text);
    return flowTextProblems(flow, text).map((problem) => problem.message);
  };

  it('names the list or object a text should be', () => {
    const said = messages((text) => {
      (text.start as Record<string, unknown>).symptoms = 'One';
      (text.findings['ask-help'] as Record<string, unknown>).links = 'x';
      (text.findings['red-cause'] as Record<string, unknown>).links = ['x'];
      (text.findings['blue-cause'] as Record<string, unknown>).steps = [];
      (text.questions.size as Record<string, unknown>).help = { summary: 'How to tell', body: [] };
      (text.moreHelp as Record<string, unknown>).steps = [];
    });
    expect(said.join('\n')).toContain('should be a list of texts');
    expect(said.join('\n')).toContain('should be a list of { label, href }');
    expect(said.join('\n')).toContain('should be { label, href }');
    expect(
      said.filter((message) => message.startsWith('moreHelp.steps should be a non-empty list of steps')),
    ).toHaveLength(1);
    expect(said.join('\n')).toMatch(/^findings\.[a-z-]+\.steps should be a non-empty list of steps/m);
    expect(said.join('\n')).toContain('should be a non-empty list of paragraphs');
  });

  it('names a key the flow does not have, by what it is not', () => {
    const said = messages((text) => {
      (text.questions.colour as Record<string, unknown>).extra = 'x';
      (text.questions.colour?.options as Record<string, unknown>).green = { label: 'Green' };
      (text.questions.colour as Record<string, unknown>).help = { summary: 'How', body: ['Look.'] };
      (text.findings['red-cause'] as Record<string, unknown>).handoff = 'Go on';
      (text.findings as Record<string, unknown>).ghost = text.findings['red-cause'];
      (text as Record<string, unknown>).notes = { ghost: 'x' };
    });
    for (const expected of [
      ': not a text the wizard uses',
      ': not an option of question "colour"',
      ': question "colour" has no help: true',
      ': finding "red-cause" has no handoff',
      ': not a finding of the flow',
      ': not a note of the flow',
    ])
      expect(
        said.some((message) => message.endsWith(expected)),
        expected,
      ).toBe(true);
  });

  it('names a note a flow with notes does not declare', () => {
    const said = messages((text) => {
      (text as Record<string, unknown>).notes = { announcement: 'A', limit: 'L', ghost: 'x' };
    }, datedFlow);
    expect(said.some((message) => message.endsWith(': not a note of the flow'))).toBe(true);
  });

  it('says a section that is not an object should be an object', () => {
    const said = messages((text) => {
      (text as Record<string, unknown>).done = 'Glad';
    });
    expect(said.some((message) => message.includes('should be an object'))).toBe(true);
  });
});
