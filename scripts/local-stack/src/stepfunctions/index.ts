export type { AslDefinition, AslDefinitionInput } from './definition';
export type { ExecutionDescription, ExecutionEvent, ExecutionStatus } from './execution-record';
export * from './execution-request';
export * from './executor';
export * from './lambda-registry';
export type { StateMachineRegistration } from './registered-machine';
export * from './task-adapters';
export * from './time-scaling';
export * from './transitions';
