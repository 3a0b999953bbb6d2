import { nodeOf, resolveAlias } from './graph.ts';
import type { Answer, AnyFlow, Handoff } from './types.ts';

/** The answers a handoff carries into the other flow: those to the questions it names, in order. */
export function handoffAnswers(handoff: Handoff, answers: readonly Answer[]): Answer[] {
  return answers.filter((answer) => handoff.carry.includes(answer.question));
}

/** The handoffs a flow's findings offer, by finding id. */
export function handoffsOf(flow: AnyFlow): [string, Handoff][] {
  return Object.entries(flow.findings as Readonly<Record<string, { handoff?: Handoff }>>).flatMap(([id, finding]) =>
    finding.handoff ? [[id, finding.handoff] as [string, Handoff]] : [],
  );
}

const optionIds = (flow: AnyFlow, question: string): string[] | undefined => {
  const node = nodeOf(flow, question);
  return node?.kind === 'question' ? node.options.map((option) => option.id) : undefined;
};

/**
 * What is wrong with a flow's handoffs, given every flow: the other flow
 * exists, the step opens there, and each carried question exists in both
 * flows with this flow's option ids all known there (so a carried answer
 * is never dropped as "not recognised").
 */
export function handoffProblems(flow: AnyFlow, flows: readonly AnyFlow[]): string[] {
  const problems: string[] = [];
  for (const [id, handoff] of handoffsOf(flow)) {
    const where = `${flow.id}: finding "${id}" hands off to "${handoff.flow}"`;
    const target = flows.find((candidate) => candidate.id === handoff.flow);
    if (!target) {
      problems.push(`${where}, which is not a flow`);
      continue;
    }
    if (!nodeOf(target, handoff.step) && !resolveAlias(target, handoff.step))
      problems.push(`${where}, whose step "${handoff.step}" does not exist`);
    for (const question of handoff.carry) {
      const here = optionIds(flow, question);
      const there = optionIds(target, question);
      if (!here) problems.push(`${where}, carrying "${question}", which is not a question here`);
      else if (!there) problems.push(`${where}, carrying "${question}", which is not a question there`);
      else {
        const unknown = here.filter((option) => !there.includes(option));
        if (unknown.length > 0) problems.push(`${where}: "${question}" there lacks option(s) ${unknown.join(', ')}`);
      }
    }
  }
  return problems;
}
