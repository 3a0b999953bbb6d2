import { useEffect, useState } from 'react';
import { findingsLoaded, loadFindings } from '../i18n/i18n.ts';

/**
 * Loads a flow's findings text (only the summary needs it) and tells whether
 * it is there for this language. Until then the summary keeps its body's
 * space reserved. Read on every render, so a language switch waits for the
 * other language's findings instead of showing the wrong ones.
 */
export function useFindingsText(lng: string, flowId: string): boolean {
  const ready = findingsLoaded(lng, flowId);
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (ready) return;
    let current = true;
    loadFindings(lng, flowId).then(
      () => current && setLoads((count) => count + 1),
      (error: unknown) => console.error(error),
    );
    return () => {
      current = false;
    };
  }, [lng, flowId, ready]);
  return ready;
}
