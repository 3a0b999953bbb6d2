import './app/styles.css';

/**
 * The page is already there (pre-rendered HTML and CSS). The app, which makes
 * it interactive, is fetched only after the first paint, so that on a slow
 * phone the reader sees the question as soon as the HTML and CSS arrive and
 * no script competes with them for the network.
 */
requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./start.tsx');
  }, 0);
});
