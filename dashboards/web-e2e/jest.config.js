// Browser tests: one Chromium and one local stack per file, files one after another.
module.exports = {
  ...require('@unstoppable/dev-config/jest.preset'),
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
};
