export * from './create-tables';
export * from './seed-catalog';
export * from './start-dynamodb';
