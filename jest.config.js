/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest'] },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // Each file migrates a database of its own in beforeAll (an in-memory PGlite takes the longest): room
  // for a machine that is busy with something else, not for a test that is slow.
  testTimeout: 120_000,
  // NestJS 12 is ESM, loaded through Node 24's require(esm): its metadata stores outlive a test
  // file inside a worker while the CommonJS modules around them are evaluated afresh, so a second
  // file's schema build fails. A fresh worker per file (recycled after each) keeps files apart.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1MB',
};
