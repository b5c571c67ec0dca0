import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';
import boundaries from 'eslint-plugin-boundaries';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'web/src/gql/**', '*.js', '*.mjs'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['web/build.mjs'], languageOptions: { globals: { console: 'readonly', process: 'readonly' } } },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The API has one DateTime, read strictly (common/graphql/date-time.scalar.ts); Nest's takes
  // whatever JavaScript's Date takes, 30 February and times with no offset among them.
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@nestjs/graphql',
              importNames: ['GraphQLISODateTime', 'GraphQLTimestamp'],
              message: 'Use DateTimeScalar (common/graphql/date-time.scalar.ts): one strict DateTime for the API.',
            },
          ],
        },
      ],
    },
  },
  // The web page: a role's views share what they have in common through web/src/kit, never by
  // importing another role's folder (the kit imports no role either).
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../duty/*', '../provider/*', '../worker/*', '../commissioner/*'],
              message: "Share through web/src/kit: a role's folder is its own.",
            },
          ],
        },
      ],
    },
  },
  // Each module (a folder under src/) owns its tables: it writes and reads another module's through
  // that module's service, never through its entity. Entities may still name each other for
  // TypeORM relations, and src/database registers them all. Files outside src/ (migrations, scripts,
  // bench, test) are not modules.
  {
    files: ['src/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [{ type: 'module', pattern: 'src/*', capture: ['module'] }],
      'boundaries/files': [{ category: 'entity', pattern: '**/*.entity.ts' }],
      'import/resolver': { node: { extensions: ['.ts'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'module' } },
              disallow: {
                to: {
                  element: { type: 'module', captured: { module: '!{{ from.element.captured.module }}' } },
                  file: { categories: 'entity' },
                },
              },
              message:
                "Module '{{ from.element.captured.module }}' imports '{{ dependency.source }}', an entity of module " +
                "'{{ to.element.captured.module }}': reach its tables through the {{ to.element.captured.module }} module's service.",
            },
            { from: { file: { categories: 'entity' } }, allow: { to: { file: { categories: 'entity' } } } },
            {
              from: { element: { captured: { module: 'database' } } },
              allow: { to: { file: { categories: 'entity' } } },
            },
          ],
        },
      ],
    },
  },
);
