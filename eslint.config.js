import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

// The picture of the parts (README "Architecture"): shared parts below, features above them,
// the app on top. Imports go down only; features meet in the app, through slots.
const shared = ['ui', 'i18n', 'places', 'db'];
const features = ['wizard', 'incidents', 'share', 'trainer', 'codes', 'pwa'];
const dir = (part) => `./src/${part}`;

// The design's "never" arrows, each with its reason (one rule per arrow, so a break names it).
const never = [
  ['wizard', 'incidents', 'the machine is pure: no storage'],
  ['wizard', 'db', 'the machine is pure: no storage'],
  ['wizard', 'app', 'features never import the shell'],
  ['wizard', 'trainer', 'the counter flow never pays for training'],
  ['wizard', 'share', 'the counter flow never pays for QR'],
  ['ui', 'wizard', 'ui knows no feature'],
  ['ui', 'incidents', 'ui knows no feature'],
  ['i18n', 'wizard', 'i18n knows no feature'],
  ['incidents', 'trainer', 'the log knows nothing of practice'],
  ['incidents', 'share', 'features meet in the app, through slots'],
  ['share', 'incidents', 'features meet in the app, through slots'],
  ['trainer', 'incidents', 'practice is kept apart from the log'],
  ['trainer', 'share', 'features meet in the app, through slots'],
  ['codes', 'incidents', 'features meet in the app'],
  ['incidents', 'app', 'features never import the shell'],
  ['db', 'incidents', 'storage knows no screen'],
];

const boundaryZones = [
  ...never.map(([target, from, reason]) => ({
    target: dir(target),
    from: dir(from),
    message: `${target} never imports ${from}: ${reason}.`,
  })),
  // Every feature pair, so a new feature is held too: features never import each other.
  ...features.flatMap((feature) =>
    features
      .filter((other) => other !== feature)
      .map((other) => ({
        target: dir(feature),
        from: dir(other),
        // The wizard's tree and machine are shared (parts.json): features read step ids from it.
        ...(other === 'wizard' ? { except: ['./index.ts'] } : {}),
        message: `Features never import each other (${feature} → ${other}): the app passes one into the other as a slot.`,
      })),
  ),
  // Shared parts never reach up to features or the app; places knows only the wizard's step ids,
  // storage knows the wizard's record types and nothing else.
  ...shared.map((part) => ({
    target: dir(part),
    from: [
      './src/app',
      ...features.filter((feature) => !(['places', 'db'].includes(part) && feature === 'wizard')),
    ].map((from) => (from.startsWith('./') ? from : dir(from))),
    message: `${part} is shared: it never imports a feature or the app.`,
  })),
  {
    target: dir('places'),
    from: shared.filter((part) => part !== 'places').map(dir),
    message: 'places depends on nothing but the wizard’s step ids.',
  },
  {
    target: dir('ui'),
    from: shared.filter((part) => part !== 'ui').map(dir),
    message: 'ui is the bottom: Button, Screen, Banner, and nothing else of the app.',
  },
  // The app uses each part through its public surface only.
  ...[...shared, ...features].map((part) => ({
    target: './src/app',
    from: dir(part),
    // db's database.ts is its second door (it brings Dexie); pwa's chunkReload.ts runs before React.
    // The prerendered pages' script takes i18n's two small modules, not its index (and React).
    except: {
      db: ['./index.ts', './database.ts'],
      pwa: ['./index.ts', './chunkReload.ts'],
      i18n: ['./index.ts', './languages.ts', './preference.ts'],
    }[part] ?? ['./index.ts'],
    message: `The app uses src/${part} through its index.ts.`,
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'reports', '.stryker-tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      // Type-aware rules (floating promises) read the types through the project's tsconfig.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // `const { omitted, ...rest } = value` is how a field is left out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // An async onClick is fine (React ignores what it returns); a promise as a condition is not.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'dexie', message: 'Use src/db.' },
            { name: 'i18next', message: 'Use src/i18n.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['tests/component/**/*.tsx'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    // The wrappers themselves may import the libraries they wrap.
    files: ['src/i18n/**', 'src/db/**', 'tests/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Plain JavaScript outside the TypeScript project.
    files: ['eslint.config.js', 'scripts/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
