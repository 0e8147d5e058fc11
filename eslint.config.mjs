// Lint with typescript-eslint's type-aware recommended rules (the type-check itself is `tsc --noEmit`).
import js from '@eslint/js';
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Build output and data are not sources; the two tool configs are read by jest and eslint, not
  // by the app, and sit outside every tsconfig.
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', 'jest.config.js', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  comments.recommended,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A disable directive must say why, on the line (`-- reason`).
      '@eslint-community/eslint-comments/require-description': ['error', { ignore: [] }],
      '@eslint-community/eslint-comments/no-unlimited-disable': 'error',
      // `_name` marks a parameter kept for its position (type-graphql resolvers, xstate actions).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The CommonJS require hook (`node -r`) runs before any TypeScript is compiled, so it is plain
    // CommonJS for Node: sourceType commonjs gives `require`/`module`/`exports`, the rest of the
    // module wrapper and Node's globals are listed here; it is in no tsconfig (no type-aware
    // rules), and `require()` is its module system, not a style choice.
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { __dirname: 'readonly', __filename: 'readonly', process: 'readonly', console: 'readonly', Buffer: 'readonly' },
      parserOptions: tseslint.configs.disableTypeChecked.languageOptions.parserOptions,
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests read GraphQL responses, which are JSON of the shape the query asked for: `any` there is
    // the response, not a hole in the product's types. The product (src, bench) keeps every rule.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // The example webhook receiver is plain Node for partners to copy (no TypeScript project, no build).
    files: ['docs/examples/**/*.mjs'],
    languageOptions: {
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly' },
      parserOptions: tseslint.configs.disableTypeChecked.languageOptions.parserOptions,
    },
    rules: tseslint.configs.disableTypeChecked.rules,
  },
);
