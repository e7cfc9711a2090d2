export * from './dynalite';
export * from './lambda-context';
export * from './output-capture';
