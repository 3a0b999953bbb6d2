/** Ids are public API: lowercase English words joined by single hyphens. */
export const KEBAB_CASE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function isKebabCase(id: string): boolean {
  return KEBAB_CASE.test(id);
}

/** The id of every flow's one terminal node: the summary page (validate enforces it). */
export const SUMMARY_STEP = 'summary';
/** The page after "Yes, this solved it". */
export const DONE_STEP = 'done';
/** The page after "No, I still need help". */
export const MORE_HELP_STEP = 'more-help';
/** Support pages (coming next): the map of a flow's steps. */
export const MAP_STEP = 'map';
/** Support pages (coming next): a link builder for support staff. */
export const LINK_STEP = 'link';
/** Support pages (coming next): every step of a flow on one page. */
export const ALL_STEP = 'all';

/**
 * Step ids the UI uses for its own pages, so no node, option or alias of any
 * flow may take them (validate checks it).
 */
export const RESERVED_STEP_IDS: readonly string[] = [DONE_STEP, MORE_HELP_STEP, MAP_STEP, LINK_STEP, ALL_STEP];

/** Whether an id is one of the UI's own step ids. */
export function isReservedStepId(id: string): boolean {
  return RESERVED_STEP_IDS.includes(id);
}
