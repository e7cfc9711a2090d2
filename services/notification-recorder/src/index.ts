export * from './alert-metrics';
export * from './config';
export * from './errors';
export * from './notification-record';
export * from './notification-recorder';
