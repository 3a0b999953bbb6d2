/*!
 * Diagnostic wizard embed script. Add to any page, on any origin listed in
 * the wizard's config.json `allowedOrigins`:
 *
 *   <script src="https://help.example.com/embed.js" data-flow="sspr-admin"
 *           data-lang="nl" data-step="symptom" defer></script>
 *
 * It inserts a sized iframe right after the script tag (or into the element
 * named by data-target), keeps its height equal to the wizard's content, and
 * re-dispatches the wizard's events on the iframe as `diagnostic-wizard`
 * DOM events for the host's own analytics. No dependencies.
 *
 * Past 200,000 px of content (far more than any page, even with large text at
 * 320 px) the iframe stops growing and scrolls instead.
 *
 * If the wizard stays silent (this page's origin is missing from
 * `allowedOrigins`, e.g. http for https or a typo), the iframe falls back to
 * one screen high with its own scrollbar, and a console warning says why.
 */
(() => {
  const PREFIX = 'diagnostic-wizard:';
  const VERSION = 1;
  const MIN_HEIGHT = 150;
  /**
   * The tallest the iframe grows. Not a limit on the wizard's content: a
   * summary at 320 CSS px with text twice as large and WCAG 1.4.12 text
   * spacing measured 86,595 px (the old 20,000 px cap, with no scrollbar, hid
   * the end of such a summary: its answers and "Did this solve your problem?").
   * It only keeps a runaway height message (content that grows with its
   * frame) from stretching the host page without end: past it, the iframe
   * stays this high and gets its own scrollbar, so the rest is still reachable.
   */
  const MAX_HEIGHT = 200000;
  const INITIAL_HEIGHT = 640;
  /** How long after the iframe has loaded the wizard may take to speak (it reads config.json first). */
  const SILENCE_MS = 5000;

  const script = document.currentScript;
  if (!script?.src) return;
  const base = new URL('.', script.src);
  const wizardOrigin = base.origin;
  const data = script.dataset;
  const kebab = /^[a-z0-9-]+$/;
  const part = (value) => (value && kebab.test(value) ? value : '');

  const lang = part(data.lang) || (document.documentElement.lang || '').slice(0, 2).toLowerCase() || 'nl';
  const flow = part(data.flow);
  const step = part(data.step);
  const path = [lang === 'en' ? 'en' : 'nl', flow, flow && step].filter(Boolean).join('/');
  const src = new URL(`${path}${flow && !step ? '/' : step ? '' : '/'}`, base);
  src.searchParams.set('embed', '1');

  const iframe = document.createElement('iframe');
  iframe.src = src.href;
  iframe.title = data.title || (lang === 'en' ? 'Troubleshooter' : 'Probleemoplosser');
  iframe.loading = 'eager';
  // Copy buttons use the async Clipboard API, which a cross-origin iframe may only use when allowed.
  iframe.allow = 'clipboard-write';
  iframe.setAttribute('scrolling', 'no');
  iframe.style.cssText = `display:block;width:100%;border:0;height:${INITIAL_HEIGHT}px;`;
  iframe.className = data.class || 'diagnostic-wizard-frame';

  const target = data.target ? document.querySelector(data.target) : null;
  if (target) target.append(iframe);
  else script.after(iframe);

  let stepsSeen = 0;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  // Sized to the content (no scrollbar of its own) while the wizard talks to
  // us; one screen high and scrollable while it is silent, so the whole page
  // stays reachable.
  let silence = 0;
  let fellBack = false;
  /** Whether the content is taller than MAX_HEIGHT (the iframe then scrolls). */
  let overflowing = false;
  const scroll = () => iframe.setAttribute('scrolling', fellBack || overflowing ? 'auto' : 'no');
  const heard = () => {
    clearTimeout(silence);
    if (!fellBack) return;
    fellBack = false;
    scroll();
  };
  const fallBack = () => {
    fellBack = true;
    scroll();
    iframe.style.height = `max(${MIN_HEIGHT}px, 100vh)`;
    console.warn(
      `Diagnostic wizard: no message from ${wizardOrigin} within ${SILENCE_MS / 1000} s, so the iframe ` +
        `scrolls instead of fitting its content. Add this page's origin, ${window.location.origin}, to ` +
        `"allowedOrigins" in the wizard's config.json (${new URL('config.json', base).href}).`,
    );
  };

  window.addEventListener('message', (event) => {
    // Only our wizard, only from its origin, only in the format we know.
    if (event.origin !== wizardOrigin || event.source !== iframe.contentWindow) return;
    const message = event.data;
    if (!message || typeof message.type !== 'string' || !message.type.startsWith(PREFIX)) return;
    if (message.version !== VERSION) return;
    heard();
    const kind = message.type.slice(PREFIX.length);
    if (kind === 'resize') {
      const height = Number(message.height);
      if (!Number.isFinite(height)) return;
      overflowing = height > MAX_HEIGHT;
      scroll();
      iframe.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))}px`;
    }
    if (kind === 'step') {
      stepsSeen += 1;
      // A new step: bring the iframe's top into view if the reader scrolled past it.
      if (stepsSeen > 1 && iframe.getBoundingClientRect().top < 0)
        iframe.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
    }
    // Resize too, after the height is applied: the host may lay out around the iframe.
    iframe.dispatchEvent(new CustomEvent('diagnostic-wizard', { bubbles: true, detail: message }));
  });

  // Ask the wizard for its state once it has loaded (needed where the browser
  // hides the host's origin from it, as Firefox does without ancestorOrigins),
  // and give it a while to answer: an allowed page always gets an answer.
  iframe.addEventListener('load', () => {
    clearTimeout(silence);
    if (!fellBack) silence = setTimeout(fallBack, SILENCE_MS);
    iframe.contentWindow?.postMessage({ type: `${PREFIX}hello`, version: VERSION }, wizardOrigin);
  });
})();
