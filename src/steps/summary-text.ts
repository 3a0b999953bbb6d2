import type { Block } from '../engine/locale-shape.ts';
import type { AnswerRow } from './answer-rows.ts';

export interface SummaryTextInput {
  readonly title: string;
  readonly url: string;
  readonly labels: { readonly link: string; readonly findings: string; readonly answers: string };
  readonly findings: readonly { readonly title: string; readonly problem: string; readonly steps: readonly Block[] }[];
  readonly answers: readonly AnswerRow[];
}

const blockText = (block: Block) => (typeof block === 'string' ? block : `${block.text}\n      ${block.code}`);

/**
 * The summary as plain text for a support ticket: the link first (so the
 * helper can open the same summary), then each finding with its steps, then
 * the answers. Plain text survives any ticket system and email client.
 */
export function summaryText({ title, url, labels, findings, answers }: SummaryTextInput): string {
  const lines = [title, `${labels.link}: ${url}`, '', labels.findings];
  findings.forEach((finding, index) => {
    lines.push(`${index + 1}. ${finding.title}`, `   ${finding.problem}`);
    finding.steps.forEach((step, at) => {
      lines.push(`   ${String.fromCharCode(97 + at)}) ${blockText(step)}`);
    });
  });
  lines.push('', labels.answers, ...answers.map((row) => `- ${row.label}: ${row.answer}`));
  return `${lines.join('\n')}\n`;
}
