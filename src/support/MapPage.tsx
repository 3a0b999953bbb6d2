import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { stepHref } from '../app/hrefs.ts';
import { useFindingsText } from '../app/use-findings.ts';
import { useText } from '../app/use-text.ts';
import { type FlowLayout, layoutFlow } from '../engine/flow-layout.ts';
import { flowMap, type MapStep } from '../engine/flow-map.ts';
import { ALL_STEP } from '../engine/ids.ts';
import type { AnyFlow } from '../engine/types.ts';
import { loadedFlow } from '../i18n/flow-registry.ts';
import { flowText } from '../i18n/flow-text.ts';
import { CopyButton } from '../steps/CopyButton.tsx';
import { MissingText } from '../steps/MissingText.tsx';
import { SupportToolsNav } from './SupportToolsNav.tsx';
import { conditionWords, dateWords, publicPath, publicUrl, type SupportWords, supportWords } from './support-text.ts';

/**
 * `/{lng}/{flow}/map`: every step of a flow for support staff, in path
 * order, with its public link (and Copy), its options, where each leads (on
 * which condition) and the findings it records, and the old ids that still
 * open it; then the tree as a picture. Everything is in the pre-rendered
 * HTML (the findings' titles too: pageResources loads them for this page,
 * the titles only, not the findings' whole text),
 * so it works without JavaScript.
 */
export default function MapPage() {
  const { t, lng } = useText();
  const { flowId = '' } = useParams();
  const flow = loadedFlow(flowId);
  // Loaded before rendering on this page's own URL; after a client navigation, a moment later.
  useFindingsText(lng, flowId, 'titles');
  const map = useMemo(() => (flow ? flowMap(flow) : undefined), [flow]);
  const layout = useMemo(() => (flow ? layoutFlow(flow) : undefined), [flow]);
  const text = flowText(lng, flowId);
  if (!flow || !map || !layout || !text) return <MissingText />;
  const words = supportWords(flow, text, t('supportTools.map.summaryStep'));
  const numbers = new Map(map.steps.map((step, index) => [step.id, index + 1]));

  return (
    <div className="support-map">
      <DocumentTitle parts={[t('supportTools.map.documentTitle'), text.meta.title]} />
      <h1 className="heading-xl">{t('supportTools.map.title', { flow: text.meta.title })}</h1>
      <p className="lead">{t('supportTools.map.lead')}</p>
      <SupportToolsNav flowId={flowId} current="map" />
      <h2 className="heading-l">{t('supportTools.map.stepsHeading')}</h2>
      <ol className="support-map__steps">
        {map.steps.map((step) => (
          <MapStepItem key={step.id} flow={flow} step={step} number={numbers.get(step.id) ?? 0} words={words} />
        ))}
      </ol>
      <h2 className="heading-l" id={PICTURE_HEADING_ID}>
        {t('supportTools.map.pictureHeading')}
      </h2>
      <p>{t('supportTools.map.pictureNote')}</p>
      <TreePicture flowId={flowId} layout={layout} words={words} />
    </div>
  );
}

function MapStepItem({
  flow,
  step,
  number,
  words,
}: {
  flow: AnyFlow;
  step: MapStep;
  number: number;
  words: SupportWords;
}) {
  const { t, lng } = useText();
  const title = words.stepTitle(step.id);
  const path = stepHref(lng, flow.id, step.id, []);
  const headingId = `step-${step.id}`;
  const phrases = {
    when: (question: string, options: string) => t('supportTools.map.when', { question, options }),
    since: (date: string) => t('supportTools.map.since', { date }),
    otherwise: t('supportTools.map.otherwise'),
    or: t('supportTools.map.orWord'),
    date: (name: string) => dateWords(flow, lng, name),
  };
  return (
    <li className="support-map__step" aria-labelledby={headingId}>
      <h3 className="heading-m" id={headingId}>
        <span className="support-map__number">{t('supportTools.map.stepNumber', { number })}</span>{' '}
        <Link to={path}>{title}</Link>
      </h3>
      <p className="support-map__url">
        <span className="support-map__label">{t('supportTools.map.link')}:</span> <code>{publicPath(path)}</code>{' '}
        <CopyButton
          text={() => publicUrl(path)}
          label={t('supportTools.map.copyLink')}
          hiddenLabel={t('supportTools.map.copyLinkHidden', { step: title })}
          doneMessage={t('supportTools.map.copied')}
        />
      </p>
      {step.options.length > 0 && (
        <table className="support-table">
          <caption className="visually-hidden">{t('supportTools.map.optionsCaption', { step: title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('supportTools.map.option')}</th>
              <th scope="col">{t('supportTools.map.leadsTo')}</th>
              <th scope="col">{t('supportTools.map.records')}</th>
            </tr>
          </thead>
          <tbody>
            {step.options.map((option) => (
              <tr key={option.id}>
                <th scope="row">
                  {words.optionLabel(step.id, option.id)}
                  {option.notSure && <span className="support-map__muted"> {t('supportTools.map.notSure')}</span>}
                </th>
                <td>
                  <ul className="support-map__list">
                    {option.targets.map((target) => {
                      const condition = conditionWords(target, words, phrases);
                      return (
                        <li key={`${target.step}:${condition}`}>
                          {condition && <span className="support-map__condition">{condition}: </span>}
                          <Link to={stepHref(lng, flow.id, target.step, [])}>{words.stepTitle(target.step)}</Link>
                        </li>
                      );
                    })}
                  </ul>
                </td>
                <td>
                  {option.findings.length === 0 ? (
                    <span className="support-map__muted">{t('supportTools.map.recordsNothing')}</span>
                  ) : (
                    <ul className="support-map__list">
                      {option.findings.map((finding) => (
                        <li key={finding}>
                          <Link to={`/${lng}/${flow.id}/${ALL_STEP}#finding-${finding}`}>
                            {words.findingTitle(finding)}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {step.aliases.length > 0 && (
        <>
          <h4 className="heading-s">{t('supportTools.map.aliasesHeading')}</h4>
          <ul className="support-map__list support-map__aliases">
            {step.aliases.map((alias) => (
              <li key={alias}>
                <Link to={stepHref(lng, flow.id, alias, [])}>
                  <code>{publicPath(stepHref(lng, flow.id, alias, []))}</code>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

/** Splits a label into lines of at most `width` characters, at spaces, at most `lines` lines. */
function wrap(label: string, width: number, lines: number): string[] {
  const result: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      result.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) result.push(line);
  if (result.length <= lines) return result;
  const kept = result.slice(0, lines);
  kept[lines - 1] = `${(kept[lines - 1] ?? '').slice(0, width - 1)}…`;
  return kept;
}

/** The picture's heading, which names its scroll box. */
const PICTURE_HEADING_ID = 'support-map-picture-heading';

/**
 * The tree drawn from layoutFlow, at build time (it is in the pre-rendered
 * HTML; no runtime library). The list above is its accessible equivalent
 * and says everything it shows, so the picture is hidden from assistive
 * technology (aria-hidden) and its links are out of the tab order: a second,
 * unlabelled copy of every step link would only add noise, and role="img"
 * would hide the links' meaning while leaving them focusable. The box
 * around it scrolls sideways on a small screen, so it takes focus itself
 * (named by its heading): a keyboard can only scroll what it can focus
 * (WCAG 2.1.1, axe "scrollable-region-focusable"), also without script.
 */
function TreePicture({ flowId, layout, words }: { flowId: string; layout: FlowLayout; words: SupportWords }) {
  const { lng } = useText();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex lint/a11y/useSemanticElements: a box that may scroll sideways must be reachable by keyboard (WCAG 2.1.1); a named group, not a form's fieldset.
    <div className="support-map__picture" role="group" tabIndex={0} aria-labelledby={PICTURE_HEADING_ID}>
      <svg
        aria-hidden="true"
        focusable="false"
        className="support-tree"
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        <defs>
          <marker
            id="support-tree-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="8"
            markerHeight="8"
            orient="auto-start-reverse"
          >
            <path className="support-tree__arrow" d="M 0 0 L 10 5 L 0 10 z" />
          </marker>
        </defs>
        {layout.edges.map((edge) => (
          <polyline
            key={`${edge.from}:${edge.option}:${edge.to}`}
            className="support-tree__edge"
            points={edge.points.map((point) => `${point.x},${point.y}`).join(' ')}
            markerEnd="url(#support-tree-arrow)"
          />
        ))}
        {layout.nodes.map((node) => {
          const label = node.kind === 'terminal' ? words.stepTitle(node.id) : words.questionShort(node.id);
          const lines = wrap(label, 24, 2);
          const x = node.x + node.width / 2;
          const top = node.y + node.height / 2 - ((lines.length - 1) * 16) / 2;
          return (
            <Link key={node.id} to={stepHref(lng, flowId, node.id, [])} tabIndex={-1}>
              <rect
                className={`support-tree__node support-tree__node--${node.kind}`}
                x={node.x}
                y={node.y}
                width={node.width}
                height={node.height}
                rx="6"
              />
              <text className="support-tree__label" x={x} y={top} textAnchor="middle" dominantBaseline="middle">
                {lines.map((line, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed, never reordered list of lines
                  <tspan key={index} x={x} dy={index === 0 ? 0 : 16}>
                    {line}
                  </tspan>
                ))}
              </text>
              {/* The whole title for a pointer's tooltip (the label may be cut short). */}
              <title>{words.stepTitle(node.id)}</title>
            </Link>
          );
        })}
      </svg>
    </div>
  );
}
