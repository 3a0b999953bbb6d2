import { useText } from '../app/use-text.ts';
import type { Block } from '../engine/locale-shape.ts';
import { CopyButton } from './CopyButton.tsx';
import { LinkedText } from './LinkedText.tsx';

/** The command's words (each unbreakable) and the whitespace between them, where its lines may break. */
function CommandWords({ code }: { code: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const word of code.matchAll(/\S+/g)) {
    parts.push(code.slice(last, word.index));
    parts.push(
      <span key={word.index} className="command__word">
        {word[0]}
      </span>,
    );
    last = word.index + word[0].length;
  }
  parts.push(code.slice(last));
  return <>{parts}</>;
}

/**
 * A command in a code block with its own Copy button. Commands are never
 * translated. `copy={false}` leaves the button out (a page served without
 * script, where it could not work); the command stays selectable.
 *
 * On a narrow screen a command wraps between its words only: a line break
 * inside `Get-MgUser` or after a parameter's hyphen would read as another
 * command. A word wider than the block scrolls sideways inside the block
 * (never the page), so the block takes keyboard focus and has a name:
 * otherwise a keyboard could not scroll it (WCAG 2.1.1, 1.4.10). It is
 * focusable whether or not it scrolls, which depends on the screen, the zoom
 * and the font, and it works on the pages served without script.
 */
export function CommandBlock({ code, copy = true }: { code: string; copy?: boolean }) {
  const { t } = useText();
  return (
    <div className="command">
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a block that may scroll sideways must be reachable by keyboard (WCAG 2.1.1); a named group, not a form's fieldset. */}
      <pre className="command__code" translate="no" tabIndex={0} role="group" aria-label={t('summary.command')}>
        <code>
          <CommandWords code={code} />
        </code>
      </pre>
      {copy && (
        <CopyButton
          text={code}
          label={t('summary.copy')}
          hiddenLabel={t('summary.copyCommandHidden', { command: code })}
        />
      )}
    </div>
  );
}

function BlockContent({ block, copy }: { block: Block; copy: boolean }) {
  if (typeof block === 'string') return <LinkedText text={block} />;
  return (
    <>
      <LinkedText text={block.text} />
      <CommandBlock code={block.code} copy={copy} />
    </>
  );
}

/** Numbered steps (remedies); `copy={false}`: commands without Copy buttons. */
export function StepList({ blocks, copy = true }: { blocks: readonly Block[]; copy?: boolean }) {
  return (
    <ol className="step-list">
      {blocks.map((block) => (
        <li key={typeof block === 'string' ? block : block.text + block.code}>
          <BlockContent block={block} copy={copy} />
        </li>
      ))}
    </ol>
  );
}

/** Paragraphs (help text). */
export function Paragraphs({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block) =>
        typeof block === 'string' ? (
          <p key={block}>
            <LinkedText text={block} />
          </p>
        ) : (
          <div key={block.text + block.code}>
            <p>
              <LinkedText text={block.text} />
            </p>
            <CommandBlock code={block.code} />
          </div>
        ),
      )}
    </>
  );
}
