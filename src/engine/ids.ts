/** Ids are public API: lowercase English words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function isKebabCase(id: string): boolean {
  return KEBAB_CASE.test(id);
}

/** The page after "Yes, this solved it". */
export const DONE_STEP = 'done';
/** The page after "No, I still need help". */
export const MORE_HELP_STEP = 'more-help';

/** Step ids the UI uses for its own pages after the summary, so no node of any flow may take them. */
export const RESERVED_STEP_IDS: readonly string[] = [DONE_STEP, MORE_HELP_STEP];
