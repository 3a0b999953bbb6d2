import { type RefObject, useEffect, useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { tellHost } from '../embed/host-channel.ts';
import type { Payloads } from '../embed/protocol.ts';
import { runsEmbedded } from './embed-mode.ts';
import { useAfterHydration } from './use-hydrated.ts';

/**
 * Whether the wizard runs embedded: `?embed=1` (kept across navigation and
 * language switch), or framed by another page. Both are known only after
 * hydration (the pre-rendered HTML is the same for every query and host);
 * a page that is neither is not rendered again for it.
 */
export function useEmbedded(): boolean {
  const { search } = useLocation();
  return useAfterHydration(() => runsEmbedded(search), false);
}

/** Reports the element's height to the embedding page whenever it changes, growing or shrinking. */
export function useReportHeight(element: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const target = element.current;
    if (!enabled || !target || typeof ResizeObserver === 'undefined') return;
    const report = () => tellHost('resize', { height: Math.ceil(target.getBoundingClientRect().height) });
    const observer = new ResizeObserver(report);
    observer.observe(target);
    report();
    return () => observer.disconnect();
  }, [element, enabled]);
}

/**
 * Tells the embedding page which page is shown. A layout effect, so the step
 * is reported before what the page itself reports (the summary's findings).
 */
export function useReportStep(step: Payloads['step']): void {
  const { flow, step: id, lng } = step;
  useLayoutEffect(() => {
    tellHost('step', { flow, step: id, lng });
  }, [flow, id, lng]);
}
