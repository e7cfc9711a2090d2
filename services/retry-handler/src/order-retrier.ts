import type { Logger } from '@aws-lambda-powertools/logger';
import { type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { orderLogKeys, orderWorkflowInput } from '@unstoppable/core';
import type { SQSRecord } from 'aws-lambda';
import { type CircuitView, holdsBackRetries } from './circuit-reader';
import { InvalidRetryMessageError } from './errors';
import { parseRetryMessage } from './retry-message';

export interface OrderRetrierDeps {
  readonly sfn: SFNClient;
  readonly sqs: SQSClient;
  readonly stateMachineArn: string;
  readonly retryQueueUrl: string;
  readonly redelaySeconds: number;
  readonly logger: Logger;
}

/** What was done with one message. */
export type RetryOutcome = 'started' | 'already-started' | 'redelayed';

/**
 * Handles one retry-queue message. While the circuit holds retries back (OPEN / FORCED_OPEN, or
 * HALF_OPEN with a probe in flight) a copy goes back to the queue with a delay and the original
 * counts as processed, so an outage burns neither receive counts into the DLQ nor order attempts. Otherwise the order workflow starts the attempt the
 * message names; `ExecutionAlreadyExists` means a redelivery and counts as done. Throws to fail
 * the message (invalid body, AWS error).
 */
export async function retryOrder(
  record: SQSRecord,
  circuit: CircuitView,
  deps: OrderRetrierDeps,
): Promise<RetryOutcome> {
  let input: ReturnType<typeof parseRetryMessage>;
  try {
    input = parseRetryMessage(record.messageId, record.body);
  } catch (error) {
    const fields = error instanceof InvalidRetryMessageError ? error.errors.map((e) => e.field) : [];
    deps.logger.error('invalid retry message; it will end in the dead-letter queue', {
      messageId: record.messageId,
      fields,
      receiveCount: record.attributes?.ApproximateReceiveCount,
    });
    throw error;
  }
  const { orderId, attempt } = input.order;
  const keys = { ...orderLogKeys(orderId, attempt), messageId: record.messageId };
  try {
    if (holdsBackRetries(circuit)) {
      await deps.sqs.send(
        new SendMessageCommand({
          QueueUrl: deps.retryQueueUrl,
          MessageBody: record.body,
          DelaySeconds: deps.redelaySeconds,
        }),
      );
      deps.logger.info('circuit holds retries back; order re-delayed', {
        ...keys,
        circuitState: circuit.state,
        ...(circuit.probeOwner === undefined ? {} : { probeOwner: circuit.probeOwner }),
        delaySeconds: deps.redelaySeconds,
      });
      return 'redelayed';
    }
    try {
      await deps.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: deps.stateMachineArn,
          name: keys.executionName,
          input: JSON.stringify(orderWorkflowInput(input.order)),
        }),
      );
    } catch (error) {
      if ((error as Error)?.name !== 'ExecutionAlreadyExists') throw error;
      deps.logger.info('attempt already started (redelivery)', keys);
      return 'already-started';
    }
    deps.logger.info('order attempt started', { ...keys, attempt, circuitState: circuit.state });
    return 'started';
  } catch (error) {
    deps.logger.warn('retry failed; the message will be received again', { ...keys, error });
    throw error;
  }
}
