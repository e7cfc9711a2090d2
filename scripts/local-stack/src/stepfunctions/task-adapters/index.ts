export * from './dynamodb-task';
export * from './lambda-task';
export * from './messaging-tasks';
export * from './resolve-task-adapter';
export * from './start-execution-task';
export * from './task-adapter';
