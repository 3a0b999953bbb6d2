import { useText } from '../app/use-text.ts';
import type { Block } from '../engine/locale-shape.ts';
import { CopyButton } from './CopyButton.tsx';
import { LinkedText } from './LinkedText.tsx';

/**
 * A command in a code block with its own Copy button. Commands are never
 * translated. `copy={false}` leaves the button out (a page served without
 * script, where it could not work); the command stays selectable.
 */
export function CommandBlock({ code, copy = true }: { code: string; copy?: boolean }) {
  const { t } = useText();
  return (
    <div className="command">
      <pre className="command__code" translate="no">
        <code>{code}</code>
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
