/**
 * The flow-test kit (as GOV.UK smart-answers has one): one call registers the
 * tests every flow must pass, so a new flow is tested by being on disk.
 *
 *   testFlowInvariants(flow, { root });
 *
 * Nothing here lists every path: paths are counted and searched by dynamic
 * programming (src/engine/paths.ts), and each option is covered by one
 * witness path found by a search over path states.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeOf, resolveAlias } from '../engine/graph.ts';
import { SUMMARY_STEP } from '../engine/ids.ts';
import { compareLocales, flowTextProblems } from '../engine/locale-check.ts';
import { countPaths, type EdgeWitness, type Era, edgeWitnesses, eras, searchPaths } from '../engine/paths.ts';
import { longDate } from '../engine/text-dates.ts';
import type { Answer, AnyFlow } from '../engine/types.ts';
import { answersFromSearch, searchFromAnswers } from '../engine/url-state.ts';
import { validate } from '../engine/validate.ts';
import { walk } from '../engine/walk.ts';
import { DATE_LOCALES, isLanguage, LANGUAGES } from '../i18n/languages.ts';
import { removalsBeforeAdding } from './content-rules.ts';
import { oneSidedDatedTexts } from './dated-wording.ts';
import { registerFile, registerProblems } from './register-check.ts';

// The register rule has its own module so that `npm run flow:check` runs the same function without vitest.
export { registerProblems, registerSection, sourceHosts } from './register-check.ts';

export interface FlowKitOptions {
  /** The project root: locale files are read from `<root>/locales/<lng>/<flow id>.json`. */
  readonly root: string;
  /** The languages whose text must be complete; every language of the site by default. */
  readonly languages?: readonly string[];
}

/** `q=a&r=b`: answers as they are written in a link, for messages. */
export const showAnswers = (answers: readonly Answer[]) => searchFromAnswers(answers).slice(1) || '(no answers)';

/** How an era is named in test titles. */
const eraName = (era: Era, next: Era | undefined) =>
  era.from !== undefined ? `from ${era.from}` : next?.from !== undefined ? `before ${next.from}` : 'always';

/** Reads a locale file; undefined when it is missing or not JSON (reported by the text tests). */
function readLocale(root: string, language: string, id: string): unknown {
  try {
    return JSON.parse(readFileSync(join(root, 'locales', language, `${id}.json`), 'utf8'));
  } catch {
    return undefined;
  }
}

/** A tracker for `searchPaths`: paths on which no option records a finding. */
const withoutFinding = {
  initial: false,
  step: (found: boolean, _answer: Answer, findings: readonly string[]) => found || findings.length > 0,
  key: String,
  accept: (found: boolean) => !found,
};

/**
 * Registers the invariants every flow must keep, as vitest tests in a
 * `describe` named after the flow:
 * - `validate` finds no problem;
 * - on each era of the flow's dates, a witness path through every option a
 *   reader can take that day walks to the summary with every answer kept;
 * - over all eras, every option is taken by some path, and every finding is
 *   recorded by some path;
 * - every path ends in advice: none reaches the summary without a finding
 *   (counted, not listed);
 * - deep links: the answers that lead to a question open that question, and a
 *   link with the rest of a path through it opens it or the summary;
 * - every alias leads to a node;
 * - the content register sources every finding and note, on the hosts it
 *   allows, and its "Sources read" table parses (register-check.ts);
 * - the text is complete in every language and the languages agree;
 * - every sentence that names one of the flow's dates holds before and after
 *   it (src/testing/dated-wording.ts): pages without a clock show it every day.
 */
export function testFlowInvariants(flow: AnyFlow, { root, languages = LANGUAGES }: FlowKitOptions): void {
  const eraList = eras(flow);
  const witnesses = new Map<Era, EdgeWitness[]>();
  const witnessesIn = (era: Era) => {
    const known = witnesses.get(era) ?? edgeWitnesses(flow, era.reached);
    witnesses.set(era, known);
    return known;
  };
  const texts = () => Object.fromEntries(languages.map((language) => [language, readLocale(root, language, flow.id)]));

  describe(`flow ${flow.id}: invariants`, () => {
    it('is structurally sound (validate)', () => {
      expect(validate(flow)).toEqual([]);
    });

    it(`ends in one terminal node, "${SUMMARY_STEP}", which every era reaches`, () => {
      expect(nodeOf(flow, SUMMARY_STEP)?.kind).toBe('terminal');
      for (const era of eraList) expect(countPaths(flow, era.reached)).toBeGreaterThan(0n);
    });

    eraList.forEach((era, index) => {
      describe(`on a day ${eraName(era, eraList[index + 1])}`, () => {
        const context = { today: era.today };

        it('a witness path through each option walks to the summary, keeping every answer', () => {
          const wrong: string[] = [];
          for (const { path } of witnessesIn(era)) {
            const result = walk(flow, path, context);
            if (!result.complete || result.answers.length !== path.length || result.ignored.length > 0)
              wrong.push(showAnswers(path));
          }
          expect(wrong.slice(0, 5)).toEqual([]);
        });

        it('deep links: the answers leading to a question open it; the rest of a path through it opens it or the summary', () => {
          const wrong: string[] = [];
          const seen = new Set<string>();
          for (const { question, before, path } of witnessesIn(era)) {
            // Through the URL and back, as a support link would carry them.
            const link = (answers: readonly Answer[]) => answersFromSearch(searchFromAnswers(answers));
            if (!seen.has(question)) {
              seen.add(question);
              const opened = walk(flow, link(before), context);
              if (opened.current !== question)
                wrong.push(`${showAnswers(before)} opens ${opened.current}, not ${question}`);
            }
            const without = path.filter((answer) => answer.question !== question);
            const skipped = walk(flow, link(without), context);
            if (skipped.current !== question && !skipped.complete)
              wrong.push(`${showAnswers(without)} opens ${skipped.current}, not ${question} or the summary`);
            const kept = new Set(skipped.answers.map((answer) => answer.question));
            if (before.some((answer) => !kept.has(answer.question)))
              wrong.push(`${showAnswers(without)} loses answers before ${question}`);
          }
          expect(wrong.slice(0, 5)).toEqual([]);
        });

        it('every path ends in advice: no path reaches the summary without a finding', () => {
          // The summary's noCause text is a safety net for a broken link, not an answer a path may give.
          const { count, witness } = searchPaths(flow, withoutFinding, era.reached);
          expect(count, `${count} path(s) find nothing, e.g. ${showAnswers(witness ?? [])}`).toBe(0n);
        });
      });
    });

    it('every option is taken by some path to the summary, on one day or another', () => {
      const taken = new Set(
        eraList.flatMap((era) => witnessesIn(era).map(({ question, option }) => `${question}=${option}`)),
      );
      const never: string[] = [];
      for (const [id, node] of Object.entries(flow.nodes) as [string, { kind: string; options?: { id: string }[] }][])
        for (const option of node.kind === 'question' ? (node.options ?? []) : [])
          if (!taken.has(`${id}=${option.id}`)) never.push(`${id}=${option.id}`);
      expect(never).toEqual([]);
    });

    it('every finding is recorded by some path, on one day or another', () => {
      const recorded = new Set<string>();
      for (const era of eraList)
        for (const { question, option } of witnessesIn(era)) {
          const node = nodeOf(flow, question);
          const chosen =
            node?.kind === 'question' ? node.options.find((candidate) => candidate.id === option) : undefined;
          for (const finding of chosen?.findings ?? []) recorded.add(finding);
        }
      expect(Object.keys(flow.findings).filter((finding) => !recorded.has(finding))).toEqual([]);
    });

    it('every alias leads to a node', () => {
      const aliases: Readonly<Record<string, string>> = flow.aliases ?? {};
      const broken = Object.keys(aliases).filter((alias) => {
        const target = resolveAlias(flow, alias);
        return target === undefined || !nodeOf(flow, target);
      });
      expect(broken).toEqual([]);
    });

    it('the content register (SOURCES.md) sources every finding and note, with the day it was checked', () => {
      let register = '';
      try {
        register = readFileSync(registerFile(root, flow.id), 'utf8');
      } catch {
        expect.fail(`flows/${flow.id}/SOURCES.md is missing`);
      }
      expect(registerProblems(flow, register)).toEqual([]);
    });

    describe('text', () => {
      it.each(languages)('%s has every text the flow needs, and none it does not have', (language) => {
        const text = readLocale(root, language, flow.id);
        expect(text, `locales/${language}/${flow.id}.json is missing or not JSON`).toBeDefined();
        expect(flowTextProblems(flow, text, language).map(({ message }) => message)).toEqual([]);
      });

      it.each(languages)('%s never says to remove a way to verify before a working one is added', (language) => {
        expect(removalsBeforeAdding(language, readLocale(root, language, flow.id))).toEqual([]);
      });

      it.each(languages)('%s words each sentence naming a date of the flow to hold before and after it', (language) => {
        // The flow's dates as the language writes them too, in case a text writes one out instead of `{date:<name>}`.
        const written = Object.values(flow.dates ?? {}).map(
          longDate(isLanguage(language) ? DATE_LOCALES[language] : language),
        );
        expect(oneSidedDatedTexts(language, readLocale(root, language, flow.id), written)).toEqual([]);
      });

      it('the languages agree with each other', () => {
        expect(compareLocales(texts(), flow.id).map(({ message }) => message)).toEqual([]);
      });
    });
  });
}
