module.exports = {
  ...require('@unstoppable/dev-config/jest.preset'),
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
  testTimeout: 120_000,
};
