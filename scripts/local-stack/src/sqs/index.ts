export * from './event-source-mapping';
export * from './message-validation';
export * from './queue';
export * from './queue-registry';
export type { QueueSnapshot, StoredMessage } from './queue-snapshot';
export * from './queue-types';
