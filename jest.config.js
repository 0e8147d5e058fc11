/**
 * Every test file gets its own PostgreSQL database (see test/support), so files run in parallel.
 *
 * Speed (issue 8 part 5), measured on the 2-core CI machine:
 * - ts-jest transpiles each file on its own (`isolatedModules`): no type-checking language service
 *   per worker, and a cached file stays valid when a file it imports changes. Types are checked
 *   once, for everything, by `tsc -p tsconfig.json --noEmit` (.ci/run, `npm run typecheck`).
 *   Code 151002 is ts-jest's note that node16 module kinds are only transpiled this way: intended.
 * - Two workers on two cores: jest's default (cores - 1) would run the files one at a time, while
 *   the end-to-end files spend much of their time waiting on PostgreSQL.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true }, diagnostics: { ignoreCodes: [151002] } }],
    // jose 6 ships ES modules only (Node's require(esm) loads them in the app; jest's loader cannot).
    '/node_modules/jose/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true, isolatedModules: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
};
