/**
 * Layer rules for src/ (run by `npm run lint:deps`, part of `npm test`).
 * Dependencies point one way: engine < i18n / config / embed < app shell <
 * pages (steps) < entries (routes, main, start, entry-server). Flows are
 * data built on the engine only.
 */
const layer = (name, path, mayNotImport) => ({
  name: `${name}-layer`,
  comment: `${path} may not import ${mayNotImport.join(', ')}`,
  severity: 'error',
  // Tests may reach up (an engine test may use a real flow); shipped code may not.
  from: { path: `^${path}`, pathNot: '\\.test\\.tsx?$' },
  to: { path: `^(${mayNotImport.join('|')})` },
});

const ENTRIES = 'src/(routes|main|start|entry-server)\\.tsx';

module.exports = {
  forbidden: [
    layer('engine', 'src/engine/', [
      'src/(?!engine/)',
      'flows/',
      'node_modules/(react|react-dom|react-router|i18next)/',
    ]),
    layer('data', 'src/(i18n|config|embed)/', ['src/(app|steps)/', ENTRIES]),
    layer('shell', 'src/app/', ['src/steps/', ENTRIES]),
    layer('pages', 'src/(steps|support)/', [ENTRIES]),
    layer('flows', 'flows/[^/]+/flow\\.ts', ['src/(?!engine/)', 'flows/(?!shared/)']),
    {
      name: 'no-test-code-in-app',
      comment: 'Only tests and scripts may import test helpers',
      severity: 'error',
      from: { path: '^src/', pathNot: '(\\.test\\.tsx?$|^src/test/|^src/testing/)' },
      to: { path: '^src/(test|testing)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    exclude: { path: '(^node_modules|^dist)' },
  },
};
