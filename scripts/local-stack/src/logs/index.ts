export * from './log-buffer';
export * from './log-groups';
export * from './log-tap';
export * from './loki-bridge';
export * from './loki-bridge-options';
export * from './subscription-payload';
export * from './workflow-history-lines';
export * from './workflow-log-poller';
