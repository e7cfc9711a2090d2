module.exports = {
  ...require('@unstoppable/dev-config/jest.preset'),
  setupFiles: ['<rootDir>/tests/setup-env.ts'],
  testTimeout: 30_000,
};
