/**
 * Content rules every flow's text keeps, checked by the flow-test kit.
 * Readers act on the advice with their only account: advice that can lock
 * them out is a defect, whatever the language.
 */

/** Every string in a parsed locale file, with its dotted path. */
export function strings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}.${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => strings(item, path ? `${path}.${key}` : key));
  return [];
}

/**
 * Per language: words that remove a way to verify, and the word that puts
 * adding a working one first. Removing first can leave fewer methods than
 * the reset policy asks for, so the next reset fails.
 */
const REMOVAL: Readonly<Record<string, { readonly removes: RegExp; readonly first: RegExp }>> = {
  en: { removes: /\bremove\b/i, first: /\bfirst\b/i },
  nl: { removes: /\bverwijder(en)?\b/i, first: /\beerst\b/i },
};

/** The paths of texts that tell the reader to remove a way to verify without adding one first. */
export function removalsBeforeAdding(language: string, text: unknown): string[] {
  const rule = REMOVAL[language];
  if (!rule) return [];
  return strings(text)
    .filter(([, value]) => rule.removes.test(value) && !rule.first.test(value))
    .map(([path]) => path);
}
