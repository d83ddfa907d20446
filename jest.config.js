// Three tiers (see README "Tests"): unit tests beside the code, API tests against a real
// PostgreSQL, browser tests driving the built product in Chromium.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|m?j)s$': swc },
  // Nest 12 and its file-type chain are ESM-only: compile them to CommonJS too.
  transformIgnorePatterns: [
    '/node_modules/(?!(@nestjs|content-disposition|file-type|strtok3|token-types|@tokenizer|uint8array-extras|@borewit|openid-client|oauth4webapi|jose|pg-boss|rrule-temporal|serialize-error|non-error|type-fest|temporal-spec)/)',
  ],
  moduleNameMapper: {
    '^@chorus/core$': '<rootDir>/libs/core/src/index.ts',
    '^@chorus/guardrails$': '<rootDir>/libs/guardrails/src/index.ts',
    // The swagger plugin's metadata.ts imports the DTOs as `./x.dto.js`, as nodenext wants.
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  // Per-project testTimeout is ignored by jest 30; API and browser tests need more than 5 s.
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/libs/*/src/**/*.spec.ts',
        '<rootDir>/apps/extension/src/**/*.spec.ts',
      ],
    },
    {
      ...shared,
      displayName: 'api',
      testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
  ],
};
