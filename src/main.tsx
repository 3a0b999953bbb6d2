import './app/styles.css';
import { runsEmbedded, showEmbedded } from './app/embed-mode.ts';
import { restoreRefusedStyles } from './app/style-fallback.ts';

// A host whose CSP lacks the inline styles' hash refused them: load them as a stylesheet.
restoreRefusedStyles();
// The embedded layout at once, not after hydration, which would move the page under a first tap.
showEmbedded(runsEmbedded(window.location.search));

/**
 * The page is already there (pre-rendered HTML and CSS). The app, which makes
 * it interactive, is fetched only once the page has been painted, so that on
 * a slow phone the reader sees the question as soon as the HTML and CSS
 * arrive, and no script competes with them for the connection.
 */
let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./start.tsx');
};

try {
  new PerformanceObserver((list, observer) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(start, 0);
  }).observe({ type: 'paint', buffered: true });
} catch {
  // No paint timing in this browser: the fallback below starts the app.
}
// A hidden tab, or a browser without paint timing, still starts promptly.
addEventListener('load', () => setTimeout(start, 100));
setTimeout(start, 1500);
