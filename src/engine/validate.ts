import { nodeEntries, nodeOf, reachableFrom, targetsOf } from './graph.ts';
import { isKebabCase, isReservedStepId, SUMMARY_STEP } from './ids.ts';
import type { AnyFlow, Next } from './types.ts';
import { isReservedParam } from './url-state.ts';

export type ProblemCode =
  | 'missing-start'
  | 'unknown-target'
  | 'unknown-finding'
  | 'bad-branch'
  | 'unreachable-node'
  | 'unreachable-finding'
  | 'dead-end'
  | 'cycle'
  | 'bad-id'
  | 'duplicate-option'
  | 'reserved-id'
  | 'no-terminal'
  | 'bad-alias'
  | 'bad-date'
  | 'unknown-note'
  /** An option id that is a reserved step id or URL parameter. */
  | 'reserved-option'
  /** An alias that is a reserved step id or URL parameter. */
  | 'reserved-alias'
  /** More than one terminal node: a flow has one summary. */
  | 'extra-terminal'
  /** The terminal node is not called `summary` (SUMMARY_STEP). */
  | 'terminal-id';

export interface Problem {
  readonly code: ProblemCode;
  /** The node (or finding, option, alias, date) the problem is about. */
  readonly id: string;
  readonly message: string;
}

/** Whether an id would clash with the app's own step ids or URL parameters. */
const isReserved = (id: string) => isReservedParam(id) || isReservedStepId(id);

function checkIds(flow: AnyFlow, problems: Problem[]) {
  const report = (id: string, what: string) => {
    if (!isKebabCase(id)) problems.push({ code: 'bad-id', id, message: `${what} "${id}" is not lowercase kebab-case` });
  };
  report(flow.id, 'flow id');
  for (const [id, node] of nodeEntries(flow)) {
    report(id, 'node id');
    if (isReserved(id)) problems.push({ code: 'reserved-id', id, message: `node id "${id}" is reserved for the app` });
    if (node.kind !== 'question') continue;
    const seen = new Set<string>();
    for (const option of node.options) {
      report(option.id, `option id of "${id}"`);
      if (isReserved(option.id))
        problems.push({
          code: 'reserved-option',
          id: option.id,
          message: `option "${option.id}" of "${id}" is reserved for the app (a step id or URL parameter)`,
        });
      if (seen.has(option.id))
        problems.push({ code: 'duplicate-option', id, message: `"${id}" has option "${option.id}" twice` });
      seen.add(option.id);
    }
  }
  for (const id of Object.keys(flow.findings)) report(id, 'finding id');
}

function checkBranch(flow: AnyFlow, from: string, next: Next<string>, problems: Problem[]) {
  if (typeof next === 'string') return;
  for (const rule of next.when) {
    if (rule.since !== undefined && !Object.hasOwn(flow.dates ?? {}, rule.since))
      problems.push({
        code: 'bad-date',
        id: from,
        message: `"${from}" branches from date "${rule.since}", which the flow's dates do not have`,
      });
    const node = nodeOf(flow, rule.question);
    const known = node?.kind === 'question' ? node.options.map((option) => option.id) : undefined;
    const unknown = rule.anyOf.filter((option) => !known?.includes(option));
    if (!known || unknown.length > 0)
      problems.push({
        code: 'bad-branch',
        id: from,
        message: `"${from}" branches on "${rule.question}"${unknown.length ? ` = ${unknown.join(', ')}` : ''}, which does not exist`,
      });
  }
}

function checkReferences(flow: AnyFlow, problems: Problem[]) {
  for (const [id, node] of nodeEntries(flow)) {
    if (node.kind !== 'question') continue;
    if (node.options.length === 0)
      problems.push({ code: 'dead-end', id, message: `question "${id}" has no options, so its path ends nowhere` });
    for (const option of node.options) {
      for (const target of targetsOf(option.next))
        if (!nodeOf(flow, target))
          problems.push({
            code: 'unknown-target',
            id,
            message: `"${id}" → "${option.id}" leads to missing node "${target}"`,
          });
      for (const finding of option.findings ?? [])
        if (!Object.hasOwn(flow.findings, finding))
          problems.push({
            code: 'unknown-finding',
            id,
            message: `"${id}" → "${option.id}" records missing finding "${finding}"`,
          });
      checkBranch(flow, id, option.next, problems);
    }
    for (const finding of node.whenSkipped ?? [])
      if (!Object.hasOwn(flow.findings, finding))
        problems.push({
          code: 'unknown-finding',
          id,
          message: `"${id}", passed over, records missing finding "${finding}"`,
        });
  }
}

/** Depth-first search for a cycle; reports the first node found on each one. */
function checkCycles(flow: AnyFlow, problems: Problem[]) {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    const node = nodeOf(flow, id);
    // Stryker disable next-line OptionalChaining: visit is called for existing nodes only
    if (node?.kind === 'question')
      for (const option of node.options)
        for (const target of targetsOf(option.next)) {
          // Stryker disable next-line ConditionalExpression: visiting a missing node meets no successor and reports nothing
          if (!nodeOf(flow, target)) continue;
          if (state.get(target) === 'open')
            problems.push({ code: 'cycle', id: target, message: `a cycle passes through "${target}" (from "${id}")` });
          else if (!state.has(target)) visit(target);
        }
    // Stryker disable next-line StringLiteral: any state but 'open' (and unset) means done
    state.set(id, 'done');
  };
  // Stryker disable next-line ConditionalExpression: visiting a finished node again meets no open node
  for (const id of Object.keys(flow.nodes)) if (!state.has(id)) visit(id);
}

function checkReachability(flow: AnyFlow, problems: Problem[]) {
  const reachable = reachableFrom(flow, flow.start);
  const recorded = new Set<string>();
  for (const [id, node] of nodeEntries(flow)) {
    if (!reachable.has(id)) {
      problems.push({ code: 'unreachable-node', id, message: `node "${id}" cannot be reached from "${flow.start}"` });
      continue;
    }
    if (node.kind === 'question')
      // Stryker disable next-line ArrayDeclaration: a finding name the flow does not have is never looked up
      for (const option of node.options) for (const finding of option.findings ?? []) recorded.add(finding);
  }
  for (const id of Object.keys(flow.findings))
    if (!recorded.has(id))
      problems.push({
        code: 'unreachable-finding',
        id,
        message: `finding "${id}" is never recorded on a reachable path`,
      });
  if (![...reachable].some((id) => nodeOf(flow, id)?.kind === 'terminal'))
    problems.push({
      code: 'no-terminal',
      id: flow.start,
      message: `no terminal node can be reached from "${flow.start}"`,
    });
}

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Dates are real ISO days; notes a finding shows are declared by the flow. */
function checkDatesAndNotes(flow: AnyFlow, problems: Problem[]) {
  for (const [name, day] of Object.entries(flow.dates ?? {})) {
    if (!isKebabCase(name)) problems.push({ code: 'bad-id', id: name, message: `date "${name}" is not kebab-case` });
    // A real day: 2030-02-31 matches the pattern but rolls over to March.
    const real =
      typeof day === 'string' && ISO_DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);
    if (!real)
      problems.push({ code: 'bad-date', id: name, message: `date "${name}" is "${String(day)}", not an ISO date` });
  }
  const declared: readonly string[] = flow.notes ?? [];
  type NoteRefs = { notes?: readonly string[]; covers?: readonly string[] };
  for (const [id, finding] of Object.entries(flow.findings) as [string, NoteRefs][])
    for (const [how, list] of [
      ['shows', finding.notes],
      ['covers', finding.covers],
    ] as const)
      for (const note of list ?? [])
        if (!declared.includes(note))
          problems.push({
            code: 'unknown-note',
            id,
            message: `finding "${id}" ${how} note "${note}", which the flow does not declare`,
          });
}

/** An alias must be a free kebab-case id that leads to an existing node. */
function checkAliases(flow: AnyFlow, problems: Problem[]) {
  for (const [alias, target] of Object.entries(flow.aliases ?? {})) {
    if (nodeOf(flow, alias))
      problems.push({ code: 'bad-alias', id: alias, message: `alias "${alias}" is also a node id` });
    if (!nodeOf(flow, target))
      problems.push({ code: 'bad-alias', id: alias, message: `alias "${alias}" leads to missing node "${target}"` });
    if (!isKebabCase(alias))
      problems.push({ code: 'bad-id', id: alias, message: `alias "${alias}" is not lowercase kebab-case` });
    if (isReserved(alias))
      problems.push({
        code: 'reserved-alias',
        id: alias,
        message: `alias "${alias}" is reserved for the app (a step id or URL parameter)`,
      });
  }
}

/**
 * The URL contract: one terminal node, called `summary`, so that the summary
 * of every flow is at `/{lng}/{flow}/summary` and the pages after it can link
 * back to it. (No terminal at all is `no-terminal`.)
 */
function checkTerminal(flow: AnyFlow, problems: Problem[]) {
  const terminals = nodeEntries(flow)
    .filter(([, node]) => node.kind === 'terminal')
    .map(([id]) => id);
  // The one that stays: `summary` if there is one, else the first (to be renamed).
  const kept = terminals.includes(SUMMARY_STEP) ? SUMMARY_STEP : terminals[0];
  if (kept !== undefined && kept !== SUMMARY_STEP)
    problems.push({
      code: 'terminal-id',
      id: kept,
      message: `terminal node "${kept}" must be called "${SUMMARY_STEP}"`,
    });
  for (const id of terminals)
    if (id !== kept)
      problems.push({
        code: 'extra-terminal',
        id,
        message: `terminal node "${id}" is one too many: a flow has one terminal, "${SUMMARY_STEP}"`,
      });
}

/**
 * Checks a flow's structure: start exists, every reference resolves, every
 * node and finding is reachable, every path ends in a terminal node, there
 * are no cycles, there is one terminal node and it is called `summary`, and
 * every id is kebab-case and clear of the app's step ids and URL parameters.
 * Returns the problems found; an empty list means the flow is sound.
 */
export function validate(flow: AnyFlow): Problem[] {
  const problems: Problem[] = [];
  if (!nodeOf(flow, flow.start)) {
    problems.push({ code: 'missing-start', id: flow.start, message: `start node "${flow.start}" does not exist` });
    return problems;
  }
  checkIds(flow, problems);
  checkReferences(flow, problems);
  checkCycles(flow, problems);
  checkReachability(flow, problems);
  checkTerminal(flow, problems);
  checkAliases(flow, problems);
  checkDatesAndNotes(flow, problems);
  return problems;
}
