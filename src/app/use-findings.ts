import { useEffect, useState } from 'react';
import { findingsLoaded, loadFindings } from '../i18n/i18n.ts';
import type { FindingsPart } from '../i18n/locale-parts.ts';

/**
 * Loads a flow's findings text (the summary needs all of it, the map only
 * their titles: `part`) and tells whether it is there for this language.
 * Until then the summary keeps its body's space reserved. Read on every render, so a language switch waits for the
 * other language's findings instead of showing the wrong ones. A failed
 * download is thrown to the error boundary, never left as a blank summary.
 */
export function useFindingsText(lng: string, flowId: string, part: FindingsPart = 'findings'): boolean {
  const ready = findingsLoaded(lng, flowId, part);
  const [, setLoads] = useState(0);
  const [failure, setFailure] = useState<unknown>();
  useEffect(() => {
    if (ready) return;
    let current = true;
    loadFindings(lng, flowId, part).then(
      () => current && setLoads((count) => count + 1),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
  }, [lng, flowId, part, ready]);
  // A download that failed (a lost connection) goes to the route's error
  // boundary: a localized message with "Try again", the answers kept in the URL.
  if (failure !== undefined && !ready) throw failure;
  return ready;
}
