/** Tests run against a real PostgreSQL (embedded unless DATABASE_URL) through the real HTTP server. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', {
      jsc: { parser: { syntax: 'typescript', decorators: true }, transform: { legacyDecorator: true, decoratorMetadata: true }, target: 'es2022' },
      module: { type: 'commonjs' },
    }],
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  setupFiles: ['<rootDir>/test/support/env.ts'],
  testTimeout: 60000,
  // One worker (the suite shares one PostgreSQL on two cores), replaced once it holds 1.2 GB after a file:
  // each file's module registry stays reachable, and in one long-lived process the heap grew past 3 GB,
  // GC made every file's start-up five times slower and the run took about 45 minutes instead of 5.
  maxWorkers: 1,
  workerIdleMemoryLimit: '1200MB',
};
