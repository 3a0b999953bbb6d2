import { useMemo } from 'react';
import { useParams } from 'react-router';
import { readUrlAnswers } from '../engine/navigation.ts';
import type { Answer, AnyFlow } from '../engine/types.ts';
import { answersFromSearch, reservedFromSearch, searchFromAnswers, trackingFromSearch } from '../engine/url-state.ts';
import type { IgnoredAnswer, WalkResult } from '../engine/walk.ts';
import { loadedFlow } from '../i18n/flow-registry.ts';
import { type FlowTextView, flowText } from '../i18n/flow-text.ts';
import { walkContext } from './clock.ts';
import type { KeptParams } from './hrefs.ts';
import { useQuery } from './use-hydrated.ts';
import { useText } from './use-text.ts';

export interface WizardState {
  readonly lng: string;
  readonly flow: AnyFlow;
  readonly text: FlowTextView | undefined;
  /** The answers in the URL that fit the flow, in URL order (off-path ones too, so none is lost). */
  readonly answers: readonly Answer[];
  /** Parameters that are not answers but must survive navigation (`embed`). */
  readonly keep: KeptParams;
  readonly walk: WalkResult;
  /** URL parameters that name no question or option of this flow: dropped. */
  readonly dropped: readonly IgnoredAnswer[];
  /**
   * The query string this page's own address should have (`?…`, or ''): the
   * answers kept, as lowercase ids, then `keep`, then any tracking parameters
   * as they arrived (left for the host's analytics on this address only; no
   * link to another page carries them).
   */
  readonly search: string;
}

/** The state of the flow the URL points at, or undefined for an unknown flow. */
export function useWizard(): WizardState | undefined {
  const { flowId = '' } = useParams();
  const { lng } = useText();
  const query = useQuery();
  return useMemo(() => {
    const flow = loadedFlow(flowId);
    if (!flow) return undefined;
    const { walk, answers, dropped } = readUrlAnswers(flow, answersFromSearch(query), walkContext());
    const keep = reservedFromSearch(query);
    const search = searchFromAnswers(answers, [...keep, ...trackingFromSearch(query)]);
    return { lng, flow, text: flowText(lng, flow.id), answers, keep, walk, dropped, search };
  }, [flowId, lng, query]);
}
