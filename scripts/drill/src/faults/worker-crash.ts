import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { TaskFailedError } from '@unstoppable/local-stack';
import type { FaultInjector } from '../scenarios/scenario';

/** Marks one Charge call whose worker is to crash, and whether it did. */
interface CrashSlot {
  crashed: boolean;
}

class WorkerCrashed extends Error {
  override readonly name = 'WorkerCrashed';
}

/** What Lambda reports for a function whose runtime process died mid-invocation. */
function exitError(): TaskFailedError {
  const errorMessage = `RequestId: ${randomUUID()} Error: Runtime exited with error: signal: killed`;
  return new TaskFailedError(
    'Runtime.ExitError',
    JSON.stringify({ errorType: 'Runtime.ExitError', errorMessage, trace: [] }),
  );
}

/**
 * Worker crash after the gateway charged but before it returned: for a share of the Charge calls
 * while on, the worker's process "dies" right after the gateway recorded the charge, at the
 * moment the idempotency layer would store the result. Nothing after that runs: the idempotency
 * record stays IN_PROGRESS until the function timeout passes, and the workflow sees the
 * `Runtime.ExitError` Lambda reports for a dead runtime.
 *
 * Mechanics: the Charge call runs inside an AsyncLocalStorage slot; a DynamoDB client middleware
 * fails the idempotency table's UpdateItem (the save of the result) inside such a slot.
 */
export function workerCrash(share: number): FaultInjector {
  const slots = new AsyncLocalStorage<CrashSlot>();
  let on = false;
  let crashes = 0;
  return {
    install: ({ stack, random }) => {
      const { runtime } = stack.pipeline;
      const idempotencyTable = runtime.tables.idempotency;
      runtime.dynamodb.client.middlewareStack.add(
        (next, context) => async (args) => {
          const slot = slots.getStore();
          const table = (args.input as { TableName?: string }).TableName;
          if (
            slot &&
            !slot.crashed &&
            context.commandName === 'UpdateItemCommand' &&
            table === idempotencyTable
          ) {
            slot.crashed = true;
            throw new WorkerCrashed('the worker died before it stored its result');
          }
          return next(args);
        },
        { step: 'initialize', name: 'drillWorkerCrash' },
      );
      runtime.stepFunctions.interceptTasks(async (call, proceed) => {
        if (!on || call.stateName !== 'Charge' || random() >= share) return proceed();
        const slot: CrashSlot = { crashed: false };
        try {
          return await slots.run(slot, () => proceed());
        } catch (error) {
          if (!slot.crashed) throw error;
          crashes += 1;
          throw exitError();
        }
      });
    },
    start: async () => {
      on = true;
    },
    heal: async () => {
      on = false;
    },
    injected: () => ({ 'worker crashes after the charge': crashes }),
  };
}
