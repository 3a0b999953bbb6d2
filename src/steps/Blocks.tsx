import { useText } from '../app/use-text.ts';
import type { Block } from '../engine/locale-shape.ts';
import { CopyButton } from './CopyButton.tsx';
import { LinkedText } from './LinkedText.tsx';

/** A command in a code block with its own Copy button. Commands are never translated. */
export function CommandBlock({ code }: { code: string }) {
  const { t } = useText();
  return (
    <div className="command">
      <pre className="command__code" translate="no">
        <code>{code}</code>
      </pre>
      <CopyButton
        text={code}
        label={t('summary.copy')}
        hiddenLabel={t('summary.copyCommandHidden', { command: code })}
      />
    </div>
  );
}

function BlockContent({ block }: { block: Block }) {
  if (typeof block === 'string') return <LinkedText text={block} />;
  return (
    <>
      <LinkedText text={block.text} />
      <CommandBlock code={block.code} />
    </>
  );
}

/** Numbered steps (remedies). */
export function StepList({ blocks }: { blocks: readonly Block[] }) {
  return (
    <ol className="step-list">
      {blocks.map((block) => (
        <li key={typeof block === 'string' ? block : block.text + block.code}>
          <BlockContent block={block} />
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
