import js from '@eslint/js';
import tanstackQuery from '@tanstack/eslint-plugin-query';
import boundaries from 'eslint-plugin-boundaries';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// One-way imports between layers (see ../shared/design.md "Layout"): shared is isomorphic,
// server and client never meet, features never import each other, only app composes them.
const layers = [
  // Tests first: a test may reach any layer (and the shared harness under test/).
  {
    type: 'test',
    pattern: ['test/**', 'src/**/*.test.ts', 'src/**/*.test.tsx', 'src/**/*.test-support.ts'],
  },
  { type: 'shared', pattern: 'src/shared/**' },
  { type: 'server', pattern: 'src/server/**' },
  { type: 'client-app', pattern: ['src/client/app/**', 'src/client/main.tsx'] },
  { type: 'client-feature', pattern: 'src/client/features/*/**', capture: ['feature'] },
  { type: 'client-components', pattern: 'src/client/components/**' },
  { type: 'client-lib', pattern: 'src/client/lib/**' },
];

export default tseslint.config(
  { ignores: ['dist', 'data', 'bench/results', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': layers.map((l) => ({ mode: 'full', ...l })),
      'boundaries/include': ['src/**/*', 'test/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/element-types': [
        'error',
        {
          default: 'disallow',
          message: '${file.type} may not import ${dependency.type} (see design.md, Layout)',
          rules: [
            {
              from: 'test',
              allow: [
                'test',
                'shared',
                'server',
                'client-app',
                'client-feature',
                'client-components',
                'client-lib',
              ],
            },
            { from: 'shared', allow: ['shared'] },
            { from: 'server', allow: ['shared', 'server'] },
            { from: 'client-lib', allow: ['shared', 'client-lib'] },
            { from: 'client-components', allow: ['shared', 'client-components', 'client-lib'] },
            {
              from: 'client-feature',
              allow: [
                'shared',
                'client-components',
                'client-lib',
                ['client-feature', { feature: '${from.feature}' }],
              ],
            },
            {
              from: 'client-app',
              allow: ['shared', 'client-app', 'client-feature', 'client-components', 'client-lib'],
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'src/shared runs in the browser too.' },
            { group: ['react', 'react-dom', 'react/*'], message: 'src/shared has no React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/client/**/*.{ts,tsx}'],
    plugins: {
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
      '@tanstack/query': tanstackQuery,
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      ...tanstackQuery.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'The client runs in the browser.' }] },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Hono builds a fresh object of every variable on each `c.var` read.
          selector: "MemberExpression[object.name='c'][property.name='var']",
          message: "Read context variables with c.get('name').",
        },
      ],
    },
  },
  {
    files: ['**/index.ts', '**/index.tsx'],
    ignores: ['src/client/main.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'No barrel files: import the module itself.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
