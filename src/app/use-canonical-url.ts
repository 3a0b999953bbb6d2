import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useHydrated } from './use-hydrated.ts';
import type { WizardState } from './use-wizard.ts';

/** Location state after the address was tidied, so the dropped-parameters notice survives the rewrite. */
interface DroppedState {
  readonly dropped?: number;
}

/**
 * Puts a step's address in its one form, in place (history replace, so Back
 * does not return to the untidy link): an old step id (alias) becomes the
 * step it was renamed to, ids in the query become lowercase (`?Symptom=SMS`
 * → `?symptom=sms`), and parameters that name no question or option are
 * removed, keeping every answer that fits (`WizardState.search`). Tracking
 * parameters stay in this address only.
 *
 * `renamedTo` is the step an alias in the path stands for (undefined: keep
 * the path as it is). Returns how many parameters were dropped, for the
 * notice: counted from the URL, or carried in the location state once the
 * address has been tidied.
 */
export function useCanonicalUrl(wizard: WizardState | undefined, renamedTo: string | undefined): number {
  const navigate = useNavigate();
  const { pathname, search, state } = useLocation();
  // The pre-rendered page knows no query: until hydrated, `wizard` has no answers to write.
  const hydrated = useHydrated();
  const dropped = wizard?.dropped.length ?? 0;
  const target = wizard && `${renamedTo ? `/${wizard.lng}/${wizard.flow.id}/${renamedTo}` : pathname}${wizard.search}`;
  useEffect(() => {
    if (!hydrated || target === undefined || target === `${pathname}${search}`) return;
    // Other state (a Change link's) is kept.
    const carried = dropped > 0 ? { ...(state as object | null), dropped } : state;
    navigate(target, { replace: true, state: carried });
  }, [hydrated, target, pathname, search, state, dropped, navigate]);
  return dropped || ((state as DroppedState | null)?.dropped ?? 0);
}
