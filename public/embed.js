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
 */
(() => {
  const PREFIX = 'diagnostic-wizard:';
  const VERSION = 1;
  const MIN_HEIGHT = 150;
  const MAX_HEIGHT = 20000;
  const INITIAL_HEIGHT = 640;

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
  iframe.setAttribute('scrolling', 'no');
  iframe.style.cssText = `display:block;width:100%;border:0;height:${INITIAL_HEIGHT}px;`;
  iframe.className = data.class || 'diagnostic-wizard-frame';

  const target = data.target ? document.querySelector(data.target) : null;
  if (target) target.append(iframe);
  else script.after(iframe);

  let stepsSeen = 0;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  window.addEventListener('message', (event) => {
    // Only our wizard, only from its origin, only in the format we know.
    if (event.origin !== wizardOrigin || event.source !== iframe.contentWindow) return;
    const message = event.data;
    if (!message || typeof message.type !== 'string' || !message.type.startsWith(PREFIX)) return;
    if (message.version !== VERSION) return;
    const kind = message.type.slice(PREFIX.length);
    if (kind === 'resize') {
      const height = Number(message.height);
      if (!Number.isFinite(height)) return;
      iframe.style.height = `${Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)))}px`;
      return;
    }
    if (kind === 'step') {
      stepsSeen += 1;
      // A new step: bring the iframe's top into view if the reader scrolled past it.
      if (stepsSeen > 1 && iframe.getBoundingClientRect().top < 0)
        iframe.scrollIntoView({ block: 'start', behavior: reducedMotion ? 'auto' : 'smooth' });
    }
    iframe.dispatchEvent(new CustomEvent('diagnostic-wizard', { bubbles: true, detail: message }));
  });

  // Ask the wizard for its state once it has loaded (needed where the browser
  // hides the host's origin from it, as Firefox does without ancestorOrigins).
  iframe.addEventListener('load', () => {
    iframe.contentWindow?.postMessage({ type: `${PREFIX}hello`, version: VERSION }, wizardOrigin);
  });
})();
