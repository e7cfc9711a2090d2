export * from './api-client';
export * from './errors';
export { main, seededRandom } from './main';
export * from './pacing';
export * from './sample-order';
