/**
 * Two projects, one run: component tests (jsdom, Testing Library) where the client's logic lives,
 * and end-to-end tests that drive the production build in headless Chromium against the real
 * server and database (their global setup starts and stops the server).
 */
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', tsx: true },
    transform: { react: { runtime: 'automatic' } },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];

module.exports = {
  projects: [
    {
      displayName: 'component',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/src'],
      testMatch: ['**/*.test.{ts,tsx}'],
      transform: { '^.+\\.[tj]sx?$': swc },
      setupFiles: ['<rootDir>/test/polyfills.cjs'],
      setupFilesAfterEnv: ['<rootDir>/test/setup-dom.ts'],
      moduleNameMapper: { '\\.css$': '<rootDir>/test/style-stub.cjs' },
    },
    {
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.e2e.test.ts'],
      transform: { '^.+\\.[tj]sx?$': swc },
      globalSetup: '<rootDir>/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/support/global-teardown.ts',
      slowTestThreshold: 60,
    },
  ],
  testTimeout: 120000,
};
