import { useEffect, useState } from 'react';
import { findingsLoaded, loadFindings } from './i18n.ts';

/**
 * Loads a flow's findings text (only the summary needs it) and tells whether
 * it is there. Until then the summary keeps its body's space reserved.
 */
export function useFindingsText(lng: string, flowId: string): boolean {
  const [ready, setReady] = useState(() => findingsLoaded(lng, flowId));
  useEffect(() => {
    let current = true;
    if (findingsLoaded(lng, flowId)) setReady(true);
    else
      loadFindings(lng, flowId).then(
        () => current && setReady(true),
        (error: unknown) => console.error(error),
      );
    return () => {
      current = false;
    };
  }, [lng, flowId]);
  return ready;
}
