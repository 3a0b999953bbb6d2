import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { walkContext } from '../app/clock.ts';
import { DocumentTitle } from '../app/DocumentTitle.tsx';
import { useFindingsText } from '../app/use-findings.ts';
import { useHydrated } from '../app/use-hydrated.ts';
import { useText } from '../app/use-text.ts';
import { answersTo, flowMap } from '../engine/flow-map.ts';
import { ALL_STEP, LINK_STEP, MAP_STEP } from '../engine/ids.ts';
import { flowOfLink, type LinkReading, linkPath, readLink } from '../engine/link-reader.ts';
import { terminalOf } from '../engine/navigation.ts';
import type { Answer, AnyFlow } from '../engine/types.ts';
import { FLOW_IDS, loadedFlow } from '../i18n/flow-registry.ts';
import { flowText } from '../i18n/flow-text.ts';
import { loadFindings } from '../i18n/i18n.ts';
import { LANGUAGES, languageName } from '../i18n/languages.ts';
import { CopyButton } from '../steps/CopyButton.tsx';
import { ErrorSummary } from '../steps/ErrorSummary.tsx';
import { MissingText } from '../steps/MissingText.tsx';
import { SupportToolsNav } from './SupportToolsNav.tsx';
import { publicPath, publicUrl, type SupportWords, supportWords } from './support-text.ts';

type Read = Extract<LinkReading, { ok: true }>;
type Problem = 'empty' | 'not-a-url' | 'no-flow';

/**
 * What a reader hands the reader of another flow when a link for that flow
 * was pasted: the link, read on arrival. It travels in the history entry's
 * state, which stays in the browser (no URL, no request), and survives a reload.
 */
interface Handover {
  readonly link: string;
}

function handoverOf(state: unknown): Handover | undefined {
  const link = (state as { link?: unknown } | null)?.link;
  return typeof link === 'string' ? { link } : undefined;
}

/**
 * `/{lng}/{flow}/link`: support staff paste a link a customer sent and see,
 * in their own language, what it says: the answers in words, the path, the
 * questions still open, the findings, what was ignored and why, and links
 * to the same state in every language. Below, a link builder. Everything
 * happens in the browser (readLink is pure): reading a link of this flow
 * sends nothing and does not navigate. A link of another troubleshooter is
 * read in that troubleshooter's reader (its map, article and builder fit the
 * link): the page goes there with the link, which downloads only that flow's
 * own chunks. Without JavaScript the page says so and points to the map.
 */
export default function LinkPage() {
  const { flowId = '' } = useParams();
  // One reader per flow: another flow's reader starts afresh, with no reading of this one.
  return <LinkReader key={flowId} flowId={flowId} />;
}

function LinkReader({ flowId }: { flowId: string }) {
  const { t, lng } = useText();
  const navigate = useNavigate();
  const { key, state } = useLocation();
  const flow = loadedFlow(flowId);
  const hydrated = useHydrated();
  useFindingsText(lng, flowId);
  const inputId = useId();
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<Problem | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [reading, setReading] = useState<Read | undefined>();
  /** Whether the reading shown is of a link pasted in another flow's reader. */
  const [handedOver, setHandedOver] = useState(false);
  const results = useRef<HTMLHeadingElement>(null);
  const text = flowText(lng, flowId);

  useEffect(() => {
    if (reading) results.current?.focus();
  }, [reading]);

  /** Reads a link here, or takes it to the reader of its flow (unless it was handed over: never twice). */
  const read = (link: string, handover: boolean) => {
    if (!flow) return;
    const target = link.trim() === '' ? undefined : flowOfLink(link, FLOW_IDS, LANGUAGES);
    if (target?.ok && target.flowId !== flowId && !handover) {
      // Its findings start downloading with its flow, not after the page has changed.
      loadFindings(lng, target.flowId).catch(() => undefined);
      navigate(`/${lng}/${target.flowId}/${LINK_STEP}`, { state: { link } satisfies Handover });
      return;
    }
    const result = target?.ok ? readLink(link, [flow], LANGUAGES, walkContext()) : target;
    if (!result?.ok) {
      setProblem(result ? result.problem : 'empty');
      setReading(undefined);
      setAttempt((count) => count + 1);
      return;
    }
    setProblem(undefined);
    setHandedOver(handover);
    setReading(result);
  };

  // A link handed over by another flow's reader: in the field, and read at once (after hydration).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per arrival (history entry), not per render
  useEffect(() => {
    const handover = handoverOf(state);
    if (!handover) return;
    setInput(handover.link);
    read(handover.link, true);
  }, [key]);

  if (!flow || !text) return <MissingText />;
  const words = supportWords(flow, text, t('supportTools.map.summaryStep'));
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const message =
    problem === 'empty'
      ? t('supportTools.link.errorEmpty')
      : problem === 'not-a-url'
        ? t('supportTools.link.errorNotUrl')
        : problem === 'no-flow'
          ? t('supportTools.link.errorNoFlow')
          : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    read(input, false);
  };

  return (
    <div className="support-link">
      <DocumentTitle parts={[t('supportTools.link.documentTitle'), text.meta.title]} error={message !== undefined} />
      {message && <ErrorSummary message={message} fieldId={inputId} attempt={attempt} />}
      <h1 className="heading-xl">{t('supportTools.link.title')}</h1>
      <p className="lead">{t('supportTools.link.lead')}</p>
      <SupportToolsNav flowId={flowId} current="link" />
      <noscript>
        <div className="notice">
          <p>
            {t('supportTools.link.noscript')}{' '}
            <a href={publicPath(`/${lng}/${flowId}/${MAP_STEP}`)}>{t('supportTools.mapLink')}</a>
          </p>
        </div>
      </noscript>
      <form className="support-link__form" onSubmit={submit} noValidate>
        <div className={`form-group${message ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor={inputId}>
            {t('supportTools.link.label')}
          </label>
          <div className="hint" id={hintId}>
            {t('supportTools.link.hint')}
          </div>
          {message && (
            <p className="error-message" id={errorId}>
              <span className="visually-hidden">{t('question.errorPrefix')} </span>
              {message}
            </p>
          )}
          <input
            className={`input${message ? ' input--error' : ''}`}
            id={inputId}
            name="link"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={input}
            onChange={(event) => setInput(event.target.value)}
            aria-describedby={message ? `${hintId} ${errorId}` : hintId}
            aria-invalid={message ? true : undefined}
          />
        </div>
        <button className="button" type="submit" disabled={!hydrated}>
          {t('supportTools.link.read')}
        </button>
      </form>
      {reading && (
        <LinkResult
          ref={results}
          flow={flow}
          reading={reading}
          words={words}
          handedOver={handedOver ? text.meta.title : undefined}
        />
      )}
      <LinkBuilder
        key={reading ? `${reading.step}?${JSON.stringify(reading.walk.answers)}` : ''}
        flow={flow}
        words={words}
        reading={reading}
      />
    </div>
  );
}

function LinkResult({
  ref,
  flow,
  reading,
  words,
  handedOver,
}: {
  ref: React.Ref<HTMLHeadingElement>;
  flow: AnyFlow;
  reading: Read;
  words: SupportWords;
  /** The title of this flow, when the link was pasted in another flow's reader. */
  handedOver: string | undefined;
}) {
  const { t, lng } = useText();
  const { walk } = reading;
  const reason = (key: string) => {
    switch (key) {
      case 'unknown-question':
      case 'unknown-option':
      case 'duplicate':
      case 'not-on-path':
      case 'tracking':
      case 'reserved':
        return t(`supportTools.link.reasons.${key}`);
      default:
        return t('supportTools.link.reasons.other');
    }
  };
  const open = walk.complete ? walk.skipped : [...walk.skipped, walk.current];
  const openedAt = reading.step === '' ? flow.start : reading.step;
  const summary = terminalOf(flow);
  const article = (finding: string) => `/${lng}/${flow.id}/${ALL_STEP}#finding-${finding}`;
  return (
    <section className="support-link__result" aria-labelledby="support-link-result">
      <h2 className="heading-l" id="support-link-result" ref={ref} tabIndex={-1}>
        {t('supportTools.link.resultHeading')}
      </h2>
      {handedOver !== undefined && (
        <div className="notice">
          <p>{t('supportTools.link.otherFlow', { flow: handedOver })}</p>
        </div>
      )}
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('supportTools.link.language')}</dt>
          <dd className="summary-list__value">{languageName(reading.lng)}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{t('supportTools.link.openedAt')}</dt>
          <dd className="summary-list__value">
            {reading.stepKind === 'question' || reading.stepKind === 'terminal' || reading.stepKind === 'start'
              ? words.stepTitle(openedAt)
              : reading.step}
            {reading.embed && (
              <>
                <br />
                {t('supportTools.link.embedded')}
              </>
            )}
          </dd>
        </div>
      </dl>

      <h3 className="heading-m">{t('supportTools.link.answersHeading')}</h3>
      {walk.answers.length === 0 ? (
        <p>{t('supportTools.link.noAnswers')}</p>
      ) : (
        <dl className="summary-list support-link__answers">
          {walk.answers.map((answer) => (
            <div className="summary-list__row" key={answer.question}>
              <dt className="summary-list__key">{words.questionShort(answer.question)}</dt>
              <dd className="summary-list__value">{words.optionLabel(answer.question, answer.option)}</dd>
            </div>
          ))}
        </dl>
      )}

      <h3 className="heading-m">{t('supportTools.link.pathHeading')}</h3>
      <ol className="support-link__path">
        {walk.path.map((step) => (
          <li key={step} className={walk.skipped.includes(step) ? 'support-link__skipped' : undefined}>
            {words.stepTitle(step)}
            {walk.skipped.includes(step) && <strong> ({t('supportTools.link.skipped')})</strong>}
            {step === walk.current && !walk.complete && <strong> ({t('supportTools.link.current')})</strong>}
          </li>
        ))}
      </ol>

      <h3 className="heading-m">{t('supportTools.link.openHeading')}</h3>
      {open.length === 0 ? (
        <p>{t('supportTools.link.noneOpen')}</p>
      ) : (
        <ul className="support-map__list">
          {open.map((step) => (
            <li key={step}>{words.stepTitle(step)}</li>
          ))}
        </ul>
      )}

      <h3 className="heading-m">{t('supportTools.link.findingsHeading')}</h3>
      {walk.findings.length === 0 ? (
        <p>{t('supportTools.link.noFindings')}</p>
      ) : (
        <ul className="support-map__list support-link__findings">
          {walk.findings.map((finding) => (
            <li key={finding}>
              <Link to={article(finding)}>{words.findingTitle(finding)}</Link>
            </li>
          ))}
        </ul>
      )}

      <h3 className="heading-m">{t('supportTools.link.ignoredHeading')}</h3>
      {reading.ignored.length === 0 ? (
        <p>{t('supportTools.link.noIgnored')}</p>
      ) : (
        <table className="support-table support-link__ignored">
          <thead>
            <tr>
              <th scope="col">{t('supportTools.link.ignoredParam')}</th>
              <th scope="col">{t('supportTools.link.ignoredReason')}</th>
            </tr>
          </thead>
          <tbody>
            {reading.ignored.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a link may repeat a parameter exactly
              <tr key={index}>
                <td>
                  <code>
                    {entry.name}={entry.value}
                  </code>
                </td>
                <td>{reason(entry.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3 className="heading-m">{t('supportTools.link.sameStateHeading')}</h3>
      <ul className="support-map__list support-link__same">
        {LANGUAGES.flatMap((language) => {
          const step = linkPath(language, flow.id, reading.step, reading.answers);
          const end = linkPath(language, flow.id, summary, reading.answers);
          const name = languageName(language);
          return [
            <li key={`${language}:step`}>
              <Link to={step} hrefLang={language}>
                {t('supportTools.link.stepIn', { language: name })}
              </Link>{' '}
              <code>{publicPath(step)}</code>
            </li>,
            <li key={`${language}:summary`}>
              <Link to={end} hrefLang={language}>
                {t('supportTools.link.summaryIn', { language: name })}
              </Link>{' '}
              <code>{publicPath(end)}</code>
            </li>,
          ];
        })}
      </ul>
    </section>
  );
}

/**
 * A link to any step with answers filled in: choose the step, then (if you
 * like) an answer to each question on the way there. Prefilled from the
 * link just read, else with the shortest way to the step (answersTo).
 */
function LinkBuilder({ flow, words, reading }: { flow: AnyFlow; words: SupportWords; reading: Read | undefined }) {
  const { t, lng } = useText();
  const id = useId();
  const steps = useMemo(() => flowMap(flow).steps, [flow]);
  const readStep = reading && steps.some((step) => step.id === reading.step) ? reading.step : undefined;
  const [step, setStep] = useState(readStep ?? flow.start);
  const [answers, setAnswers] = useState<readonly Answer[]>(() =>
    reading ? reading.walk.answers : (answersTo(flow, step, walkContext()) ?? []),
  );
  const questions = useMemo(() => {
    const way = answersTo(flow, step, walkContext())?.map((answer) => answer.question) ?? [];
    return [...new Set([...way, ...answers.map((answer) => answer.question)])];
  }, [flow, step, answers]);
  const chosen = new Map(answers.map((answer) => [answer.question, answer.option]));
  const path = linkPath(
    lng,
    flow.id,
    step,
    questions.flatMap((question) => {
      const option = chosen.get(question);
      return option ? [{ question, option }] : [];
    }),
  );
  const optionsOf = (question: string) => {
    const node = (flow.nodes as Readonly<Record<string, { kind: string; options?: { id: string }[] }>>)[question];
    return node?.options?.map((option) => option.id) ?? [];
  };

  return (
    <section className="support-link__builder" aria-labelledby={`${id}-heading`}>
      <h2 className="heading-l" id={`${id}-heading`}>
        {t('supportTools.link.builderHeading')}
      </h2>
      <p>{t('supportTools.link.builderLead')}</p>
      <div className="form-group">
        <label className="label" htmlFor={`${id}-step`}>
          {t('supportTools.link.builderStep')}
        </label>
        <select
          className="select"
          id={`${id}-step`}
          value={step}
          onChange={(event) => {
            const next = event.target.value;
            setStep(next);
            setAnswers(answersTo(flow, next, walkContext()) ?? []);
          }}
        >
          {steps.map((item) => (
            <option key={item.id} value={item.id}>
              {words.stepTitle(item.id)}
            </option>
          ))}
        </select>
      </div>
      {questions
        .filter((question) => question !== step)
        .map((question) => (
          <div className="form-group" key={question}>
            <label className="label" htmlFor={`${id}-q-${question}`}>
              {t('supportTools.link.builderAnswer', { question: words.questionShort(question) })}
            </label>
            <select
              className="select"
              id={`${id}-q-${question}`}
              value={chosen.get(question) ?? ''}
              onChange={(event) => {
                const option = event.target.value;
                setAnswers((current) => {
                  const rest = current.filter((answer) => answer.question !== question);
                  if (!option) return rest;
                  const at = current.findIndex((answer) => answer.question === question);
                  const next = [...rest];
                  next.splice(at === -1 ? next.length : at, 0, { question, option });
                  return next;
                });
              }}
            >
              <option value="">{t('supportTools.link.builderNoAnswer')}</option>
              {optionsOf(question).map((option) => (
                <option key={option} value={option}>
                  {words.optionLabel(question, option)}
                </option>
              ))}
            </select>
          </div>
        ))}
      <p className="support-link__built">
        <span className="support-map__label">{t('supportTools.link.builderResult')}:</span>{' '}
        <output htmlFor={`${id}-step`}>
          <code>{publicPath(path)}</code>
        </output>{' '}
        <CopyButton
          text={() => publicUrl(path)}
          label={t('supportTools.link.copyBuilt')}
          doneMessage={t('supportTools.map.copied')}
        />
      </p>
    </section>
  );
}
