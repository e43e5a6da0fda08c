import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The core must run under plain Node: this rule and electron/core/tsconfig.json (no DOM, no Electron types)
// prove that boundary twice.
const forbiddenInCore = ['electron', 'electron-store', 'react', 'react-dom', 'conf'].map((name) => ({
  name,
  message: 'electron/core runs under plain Node: keep Electron, electron-store and React in the shell or renderer.',
}));

export default tseslint.config(
  // wasm/: AssemblyScript (its own types and compiler, scripts/build-engine.mjs checks it at every build).
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'build/**/*.js', 'wasm/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: forbiddenInCore, patterns: [{ group: ['electron/*', 'react/*', 'react-dom/*'], message: 'electron/core runs under plain Node.' }] }],
    },
  },
  {
    // bin/ is CommonJS (bin/package.json): the CLI starts without the ES module loader.
    files: ['**/*.cjs', 'bin/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
