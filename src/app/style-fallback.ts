/**
 * The page's styles are inline, in one `<style>` the CSP allows by its hash
 * (scripts/prerender.ts). A host whose policy lacks the hash (an old deploy
 * config, a policy of its own) refuses that element: the page would stay
 * unstyled. This adds the same rules as a stylesheet, which `style-src 'self'`
 * allows: the page is styled again, a round trip later.
 */
export function restoreRefusedStyles(doc: Document = document): HTMLLinkElement | undefined {
  const style = doc.querySelector<HTMLStyleElement>('head > style[data-href]');
  // A refused <style> gets no style sheet (Chromium, Firefox and Safari alike).
  if (!style || style.sheet) return undefined;
  const link = doc.createElement('link');
  link.rel = 'stylesheet';
  link.href = style.dataset.href ?? '';
  style.after(link);
  return link;
}
