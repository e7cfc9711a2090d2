export * from './event-bus';
export * from './event-pattern';
export * from './event-types';
export * from './input-transformer';
export * from './rule-definition';
export * from './rules';
