module.exports = { ...require('@unstoppable/dev-config/jest.preset') };
