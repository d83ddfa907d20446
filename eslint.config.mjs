// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.chorus/**',
      '.chorus-dev/**',
      'apps/portal/src/api/schema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // Promises are awaited, returned or explicitly let go (`void`, with the reason beside it).
    // These rules read types, so they run where every file belongs to a tsconfig: the root one
    // (apps/api, libs, test) and the portal's.
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['apps/api/src/**/*.ts'],
    rules: {
      // null must not slip past validation: see apps/api/src/common/optional.ts.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'class-validator',
              importNames: ['IsOptional'],
              message: 'Use OptionalField() or NullableField() from common/optional.',
            },
            {
              // Their messages are catalogue keys there, so a bad field reads in any language.
              name: 'class-validator',
              importNames: [
                'IsString',
                'MinLength',
                'MaxLength',
                'IsIn',
                'IsUUID',
                'IsInt',
                'Min',
                'Max',
                'IsBoolean',
                'IsArray',
                'ArrayMaxSize',
                'ArrayMinSize',
                'ArrayUnique',
                'IsEmail',
                'IsDateString',
                'IsUrl',
                'Matches',
              ],
              message: 'Use the decorator of the same name from common/validators.',
            },
            {
              name: '@nestjs/swagger',
              importNames: ['PartialType'],
              message: 'Use PartialDto() from common/optional.',
            },
            {
              name: '@nestjs/mapped-types',
              importNames: ['PartialType'],
              message: 'Use PartialDto() from common/optional.',
            },
          ],
        },
      ],
    },
  },
  {
    // One data-access rule: queries live in repositories (`<feature>.repository.ts`, one method per
    // question), migrations and the database plumbing; services hold the rules and draw
    // transactions with `Transactions`; controllers call services.
    files: ['apps/api/src/**/*.ts'],
    ignores: [
      'apps/api/src/**/*.repository.ts',
      'apps/api/src/database/**',
      'apps/api/src/**/*.spec.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(query|createQueryBuilder|getRepository|transaction)$/]',
          message:
            'Queries belong in a repository (<feature>.repository.ts); services use Transactions.',
        },
        {
          selector:
            'Decorator[expression.callee.name=/^(InjectRepository|InjectDataSource|InjectEntityManager)$/]',
          message:
            'Only repositories inject TypeORM repositories, data sources and entity managers.',
        },
        {
          selector:
            'CallExpression[callee.object.name=/^(manager|entityManager|em)$/][callee.property.name=/^(find|findOne|findBy|findOneBy|findOneByOrFail|findOneOrFail|findAndCount|save|insert|update|upsert|delete|remove|increment|decrement|count|countBy|exists|existsBy|create)$/]',
          message:
            'Entity manager calls belong in a repository: pass the manager to a repository method.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['jest.config.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['apps/portal/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['apps/portal/**/*.tsx'],
    ...jsxA11y.configs.recommended,
    rules: {
      ...jsxA11y.configs.recommended.rules,
      // react-router's Link (`<Anchor component={Link} to=…>`) navigates by `to`.
      'jsx-a11y-x/anchor-is-valid': ['error', { specialLink: ['to'] }],
    },
    // Mantine's elements are checked as the HTML elements they render: `component="button"`
    // renders a button, an Anchor an `a`, an Image an `img`.
    settings: {
      'jsx-a11y-x': {
        polymorphicPropName: 'component',
        components: {
          ActionIcon: 'button',
          Anchor: 'a',
          Button: 'button',
          Image: 'img',
          UnstyledButton: 'button',
        },
      },
    },
  },
  {
    files: ['apps/portal/**/*.test.{ts,tsx}'],
    ...testingLibrary.configs['flat/react'],
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      // A focused or skipped test must never be committed.
      'no-restricted-properties': [
        'error',
        ...['describe', 'it', 'test'].flatMap((object) =>
          ['only', 'skip'].map((property) => ({
            object,
            property,
            message: `${object}.${property} must not be committed`,
          })),
        ),
      ],
    },
  },
  prettier,
);
