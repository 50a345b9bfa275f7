import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const features = ['wizard', 'incidents', 'share', 'trainer', 'pwa', 'codes'];
const shared = ['ui', 'i18n'];

// Imports flow one way: shared -> features -> app; a feature reaches another only through its index.
const boundaryZones = [
  ...shared.map((dir) => ({
    target: `./src/${dir}`,
    from: ['./src/app', ...features.map((f) => `./src/${f}`)],
    message: 'Shared code (ui, i18n) must not depend on features or the app shell.',
  })),
  ...features.map((feature) => ({
    target: `./src/${feature}`,
    from: './src/app',
    message: 'Features must not depend on the app shell.',
  })),
  // The code lookup leads into the checks and nowhere else: the app composes it with the log.
  {
    target: './src/codes',
    from: ['./src/incidents', './src/share', './src/trainer', './src/pwa'],
    message: 'Codes may use only the wizard, i18n and ui; the app joins it to the other features.',
  },
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: `./src/${feature}`,
        from: `./src/${other}`,
        except: ['./index.ts'],
        message: `Import ${other} through src/${other}/index.ts, not its internals.`,
      })),
  ),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { omitted, ...rest } = value` is how a field is left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Use src/incidents/db.ts.' },
            { name: 'i18next', message: 'Use src/i18n.' },
          ],
        },
      ],
    },
  },
  {
    // The wrappers themselves may import the libraries they wrap.
    files: ['src/i18n/**', 'src/incidents/db.ts', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
