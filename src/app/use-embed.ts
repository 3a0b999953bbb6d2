import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';
import { tellHost } from '../embed/host-channel.ts';
import type { Payloads } from '../embed/protocol.ts';
import { useQuery } from './use-hydrated.ts';

/**
 * Whether the wizard runs embedded: `?embed=1` (kept across navigation and
 * language switch), or framed by another page. The parameter is known while
 * rendering (also on the server); being framed only after mounting.
 */
export function useEmbedded(): boolean {
  const params = new URLSearchParams(useQuery());
  const [framed, setFramed] = useState(false);
  useEffect(() => {
    setFramed(window.self !== window.top);
  }, []);
  return params.get('embed') === '1' || framed;
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
