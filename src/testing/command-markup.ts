import { inlineParts } from '../engine/inline-code.ts';
import { strings } from './content-rules.ts';

/**
 * A PowerShell command's name (Verb-Noun, as `Get-MgUser`): in running text it
 * belongs between backticks, so the page shows it as code, never translated.
 */
const COMMAND = /\b[A-Z][a-z]+-[A-Z][A-Za-z]+\b/;

/**
 * Texts that are not running text: a command block's `code` (shown as code
 * whole) and a link's address and label (the label names the page it opens).
 */
const NOT_RUNNING_TEXT = /(?:^|\.)(?:code|links\.\d+\.(?:label|href))$/;

/** The paths of running texts in a flow's locale file that name a command outside code markup. */
export function commandsOutsideCode(text: unknown): string[] {
  return strings(text)
    .filter(([path]) => !NOT_RUNNING_TEXT.test(path))
    .filter(([, value]) => inlineParts(value).some((part) => !part.code && COMMAND.test(part.text)))
    .map(([path]) => path);
}
