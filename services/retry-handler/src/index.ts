export * from './circuit-reader';
export * from './config';
export * from './errors';
export * from './order-retrier';
export * from './retry-handler';
export * from './retry-message';
export * from './retry-metrics';
