import { serviceCause, TaskFailedError } from '@unstoppable/local-stack';
import type { FaultInjector } from '../scenarios/scenario';

const GET_ITEM = 'arn:aws:states:::dynamodb:getItem';

/**
 * DynamoDB throttling on the circuit read: while on, a share of the workflows' `dynamodb:getItem`
 * calls on the circuit table fail with `DynamoDB.ProvisionedThroughputExceededException`, as the
 * optimized integration reports it, before reaching the table. Both workflows' reads are hit (the
 * order workflow's ReadCircuit and the cool-down's probe watch).
 */
export function circuitReadThrottling(share: number): FaultInjector {
  let on = false;
  let throttled = 0;
  return {
    install: ({ stack, random }) => {
      const circuitTable = stack.pipeline.runtime.tables.circuit;
      stack.pipeline.runtime.stepFunctions.interceptTasks((call, proceed) => {
        const table = (call.parameters as { TableName?: unknown } | null)?.TableName;
        if (!on || call.resource !== GET_ITEM || table !== circuitTable || random() >= share)
          return proceed();
        throttled += 1;
        return Promise.reject(
          new TaskFailedError(
            'DynamoDB.ProvisionedThroughputExceededException',
            serviceCause(
              'AmazonDynamoDBv2',
              'ProvisionedThroughputExceededException',
              'The level of configured provisioned throughput for the table was exceeded.',
            ),
          ),
        );
      });
    },
    start: async () => {
      on = true;
    },
    heal: async () => {
      on = false;
    },
    injected: () => ({ 'throttled circuit reads': throttled }),
  };
}
