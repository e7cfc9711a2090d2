export * from './chaos/chaos-config-source';
export * from './charge-order';
export * from './config';
export * from './gateway/charge-ledger';
export * from './gateway/payment-gateway';
export * from './gateway/simulated-gateway';
export * from './order-reader';
export * from './worker';
