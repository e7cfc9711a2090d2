export * from './admin/admin-auth';
export * from './app';
export * from './config';
export * from './errors';
export type { ApiEvent } from './http/api-request';
export { newStoredOrder, type StoredOrder } from './orders/stored-order';
