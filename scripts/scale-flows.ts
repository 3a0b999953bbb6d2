/**
 * Generates realistic troubleshooters for the scale test (scripts/scale-build.ts):
 * exactly what a person adding a flow writes, `flows/<id>/flow.ts` and
 * `locales/<lng>/<id>.json` per language, nothing else. Each flow has 8–12
 * questions with 2–5 answers, forward jumps, a branch on an earlier answer
 * (on a date for some), aliases, findings of every kind with several steps,
 * shared notes, links and a command block, and text of about the length of
 * locales/en/sspr-admin.json, written with the words of each language's own
 * locale files (so it compresses like real text). Deterministic: the same
 * index always gives the same flow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small, seeded random number generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'printer-offline',
  'vpn-connect',
  'mailbox-full',
  'teams-audio',
  'onedrive-sync',
  'wifi-drops',
  'mfa-prompt',
  'outlook-search',
  'laptop-slow',
  'shared-drive',
  'calendar-invites',
  'bitlocker-key',
];

const QUESTION_IDS = [
  'device-type',
  'error-shown',
  'started-when',
  'other-users',
  'network-type',
  'signed-in',
  'restarted',
  'app-version',
  'storage-space',
  'license-assigned',
  'browser-used',
  'location',
  'recent-change',
  'admin-rights',
  'sync-status',
  'vpn-on',
];

const OPTION_IDS = ['yes', 'no', 'sometimes', 'error-code', 'other', 'not-sure'];

/** The words of a language, from its locale files (URLs, placeholders and ids left out), weighted by use. */
export function vocabulary(root: string, lng: string): string[] {
  const dir = join(root, 'locales', lng);
  const words: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const word of value.split(/\s+/)) {
        const clean = word.replace(/[.,:;!?()'"“”‘’]/g, '');
        if (/^[\p{L}-]{2,}$/u.test(clean) && !clean.includes('--')) words.push(clean.toLowerCase());
      }
    } else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) if (key !== 'href' && key !== 'code') collect(inner);
  };
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort())
    collect(JSON.parse(readFileSync(join(dir, name), 'utf8')));
  if (words.length === 0) throw new Error(`No words in ${dir}`);
  return words;
}

type Option = { id: string; next: unknown; findings?: string[]; notSure?: true };
type Block = string | { text: string; code: string };

export interface GeneratedFlow {
  readonly id: string;
  /** The source of flows/<id>/flow.ts. */
  readonly source: string;
  /** locales/<lng>/<id>.json, by language. */
  readonly locales: Readonly<Record<string, unknown>>;
  readonly start: string;
  readonly questions: number;
}

/**
 * The flow with this index, its text in each language of `vocabularies`.
 * The shape comes from one random stream and the words from another per
 * language, so every language has the same keys and list lengths.
 */
export function generateFlow(index: number, vocabularies: Readonly<Record<string, readonly string[]>>): GeneratedFlow {
  const shape = random(1000 + index);
  const between = (low: number, high: number) => low + Math.floor(shape() * (high - low + 1));
  const id = `${TOPICS[index % TOPICS.length]}-${Math.floor(index / TOPICS.length) + 1}`;
  const questionCount = 8 + (index % 5);
  const offset = index % QUESTION_IDS.length;
  const questions = Array.from(
    { length: questionCount },
    (_, n) => QUESTION_IDS[(offset + n) % QUESTION_IDS.length] as string,
  );
  const dated = index % 2 === 0;
  const notes = ['wait-for-sync', 'keep-details'];

  // Questions: the first answer goes on; the others jump ahead, end early or record a finding.
  const slots: Option[] = [];
  const nodes: Record<string, { kind: string; help?: true; options?: Option[] }> = {};
  questions.forEach((question, n) => {
    const next = questions[n + 1] ?? 'summary';
    const count = between(2, 5);
    const options: Option[] = [];
    for (let o = 0; o < count; o++) {
      const optionId = o === count - 1 && count > 2 ? 'not-sure' : (OPTION_IDS[o] as string);
      const option: Option = { id: optionId, next };
      if (o > 0) {
        const roll = shape();
        if (roll < 0.25) option.next = 'summary';
        else if (roll < 0.45) option.next = questions[n + 2] ?? 'summary';
        slots.push(option);
      }
      if (optionId === 'not-sure') option.notSure = true;
      options.push(option);
    }
    // A branch on the first answer (from a date on, for dated flows): skip a question.
    if (n === 2 && questions[n + 2]) {
      const firstAnswer = nodes[questions[0] as string]?.options?.[1]?.id ?? 'no';
      const rule: Record<string, unknown> = { question: questions[0], anyOf: [firstAnswer], goto: questions[n + 2] };
      if (dated) rule.since = 'policy-change';
      (options[0] as Option).next = { when: [rule], otherwise: next };
    }
    nodes[question] = { kind: 'question', ...(shape() < 0.5 ? { help: true as const } : {}), options };
  });
  nodes.summary = { kind: 'terminal' };

  // Findings: one per answer that records one, up to about 1.6 per question; each used at least once.
  const findingCount = Math.min(slots.length, Math.round(questionCount * 1.7));
  const findingIds = Array.from({ length: findingCount }, (_, n) => `finding-${String(n + 1).padStart(2, '0')}`);
  slots.forEach((option, n) => {
    option.findings = [findingIds[n % findingCount] as string];
  });
  const findings = Object.fromEntries(
    findingIds.map((finding, n) => {
      const kind = n >= findingCount - 2 ? 'escalation' : n % 5 === 4 ? 'check' : 'cause';
      const withNotes = n % 3 === 0 ? [notes[n % 2] as string] : [];
      return [finding, withNotes.length > 0 ? { kind, notes: withNotes } : { kind }];
    }),
  );
  const aliases = { [`old-${questions[1]}`]: questions[1], [`old-${questions[4]}`]: questions[3] };
  const flow = {
    id,
    start: questions[0],
    ...(dated ? { dates: { 'policy-change': `2027-0${(index % 9) + 1}-01` } } : {}),
    notes,
    findings,
    nodes,
    aliases,
  };

  // The text's shape: list lengths and sentence lengths, the same in every language.
  const plan = {
    metaTitle: between(7, 12),
    questions: questions.map((question) => ({
      question,
      help: nodes[question]?.help === true,
      hint: shape() < 0.8,
      body: between(2, 4),
      optionHints: (nodes[question]?.options ?? []).map(() => shape() < 0.5),
    })),
    findings: findingIds.map(() => ({ steps: between(4, 8), links: between(1, 3), code: shape() < 0.15 })),
  };
  const locales = Object.fromEntries(
    Object.entries(vocabularies).map(([lng, words]) => [lng, localeText(index, lng, words, flow, plan, dated)]),
  );
  return {
    id,
    source: flowSource(flow),
    locales,
    start: questions[0] as string,
    questions: questionCount,
  };
}

interface Plan {
  metaTitle: number;
  questions: { question: string; help: boolean; hint: boolean; body: number; optionHints: boolean[] }[];
  findings: { steps: number; links: number; code: boolean }[];
}

function localeText(
  index: number,
  lng: string,
  vocabulary: readonly string[],
  flow: { nodes: Record<string, { options?: Option[] }>; findings: Record<string, unknown>; notes: string[] },
  plan: Plan,
  dated: boolean,
): unknown {
  // The words' own stream: its use never changes the shape.
  const next = random(index * 7919 + [...lng].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 0));
  const word = () => vocabulary[Math.floor(next() * vocabulary.length)] as string;
  const words = (count: number) => Array.from({ length: count }, word).join(' ');
  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const sentence = () => `${capital(words(8 + Math.floor(next() * 14)))}.`;
  const sentences = (count: number) => Array.from({ length: count }, sentence).join(' ');
  const title = (count: number, end = '') => `${capital(words(count))}${end}`;
  let links = 0;
  const link = () => ({
    label: `${title(4 + Math.floor(next() * 4))} (Microsoft Learn)`,
    href: `https://learn.microsoft.com/troubleshoot/generated/${index}/${++links}`,
  });
  const url = 'https://aka.ms/mysecurityinfo';
  const date = dated ? ' {date:policy-change}' : '';

  const questions = Object.fromEntries(
    plan.questions.map((question, n) => [
      question.question,
      {
        title: title(6 + Math.floor(next() * 6), '?'),
        ...(question.hint ? { hint: n === 1 ? `${sentence()}${date} ${sentence()}` : sentence() } : {}),
        error: title(5 + Math.floor(next() * 4)),
        short: title(2 + Math.floor(next() * 3)),
        options: Object.fromEntries(
          (flow.nodes[question.question]?.options ?? []).map((option, o) => [
            option.id,
            {
              label: title(2 + Math.floor(next() * 6)),
              ...(question.optionHints[o] ? { hint: sentence() } : {}),
            },
          ]),
        ),
        ...(question.help
          ? {
              help: {
                summary: title(4 + Math.floor(next() * 3), '?'),
                body: Array.from({ length: question.body }, () => sentences(2)),
              },
            }
          : {}),
      },
    ]),
  );
  const findings = Object.fromEntries(
    Object.keys(flow.findings).map((finding, n) => {
      const shape = plan.findings[n] as Plan['findings'][number];
      const steps: Block[] = Array.from({ length: shape.steps }, (_, s) =>
        s === 1 && shape.code
          ? { text: sentence(), code: `Get-MgUser -UserId name@contoso.com -Property Id,DisplayName` }
          : s === 0
            ? `${sentences(1)} Open ${url} and ${words(6)}.`
            : sentences(1 + Math.floor(next() * 2)),
      );
      return [
        finding,
        {
          title: title(5 + Math.floor(next() * 6)),
          problem: sentences(2 + Math.floor(next() * 2)),
          steps,
          verify: sentence(),
          links: Array.from({ length: shape.links }, link),
        },
      ];
    }),
  );
  return {
    meta: { title: title(plan.metaTitle), description: sentence() },
    start: {
      intro: `${sentences(3)} ${url}`,
      symptoms: [title(6), title(7), title(5)],
      needs: [sentence(), sentence()],
      duration: sentence(),
    },
    questions,
    notes: Object.fromEntries(
      flow.notes.map((note, n) => [note, `${n === 0 ? date.trim() : ''} ${sentences(3)}`.trim()]),
    ),
    findings,
    summary: { escalationHeading: title(5) },
    noCause: { title: title(4), body: sentences(3) },
    moreHelp: { intro: sentences(2), steps: [sentence(), sentences(2), sentence()], links: [link(), link()] },
    done: { body: `${sentences(1)} ${url}` },
  };
}

/** flows/<id>/flow.ts as a person writes it: defineFlow, the default export. */
function flowSource(flow: Record<string, unknown>): string {
  const body = JSON.stringify(flow, null, 2).replace(/"([a-zA-Z_$][\w$]*)":/g, '$1:');
  return `import { defineFlow } from '../../src/engine/define-flow.ts';

/** A generated troubleshooter (scripts/scale-flows.ts): routing only, the words are in locales/<lng>/${flow.id}.json. */
export default defineFlow(${body});
`;
}
