export * from './dynalite';
export * from './lambda-context';
