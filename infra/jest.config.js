module.exports = {
  ...require('@unstoppable/dev-config/jest.preset'),
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup-matchers.ts'],
};
