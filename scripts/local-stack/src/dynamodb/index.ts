export * from './create-tables';
export * from './start-dynamodb';
