import type { JsonPath } from '../asl/common';

/** Context-object fields the workflows read: ids from the execution, timestamps from its start. */
export const ContextPath = {
  /** The execution's name: the order attempt's id, the probe owner, or the trip id. */
  executionName: '$$.Execution.Name',
  /** ISO-8601 start of the execution: the `updatedAt`/`openedAt` of every write. */
  startTime: '$$.Execution.StartTime',
} as const satisfies Record<string, JsonPath>;
