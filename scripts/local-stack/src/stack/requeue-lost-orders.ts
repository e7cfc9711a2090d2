import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { OrderStatus, orderWorkflowInput } from '@unstoppable/core';
import type { LocalRuntime } from '../local-runtime';
import type { LocalQueue } from '../sqs/queue';
import { ordersWithStatus } from './orders-with-status';

/** The order ids that the messages of these queues name (bodies that are not retry messages are skipped). */
function orderIdsOnQueues(queues: readonly LocalQueue[]): Set<string> {
  const ids = new Set<string>();
  for (const queue of queues) {
    for (const message of queue.snapshot().messages) {
      try {
        const orderId = JSON.parse(message.body)?.order?.orderId;
        if (typeof orderId === 'string') ids.add(orderId);
      } catch {
        // Not JSON: the retry handler sends it to the dead-letter queue; it names no order.
      }
    }
  }
  return ids;
}

/**
 * After a restart from `--data`: a QUEUED order whose message is on neither the retry queue nor its
 * dead-letter queue was being retried when the process stopped (the retry handler had taken its
 * message and started attempt N+1, which does not mark the order PENDING) or was between
 * `MarkOrderQueued` and `SendToRetryQueue`. Either way no message and no execution is left to
 * finish it, so its next attempt goes back on the retry queue, with no delay, as the workflow
 * would have sent it. Must run before the retry poller and any execution start, so that what it
 * reads cannot move under it. Returns the order ids it re-queued.
 */
export async function requeueLostOrders(
  runtime: LocalRuntime,
  documents: DynamoDBDocumentClient,
): Promise<string[]> {
  const onQueues = orderIdsOnQueues([runtime.retryQueue, runtime.deadLetterQueue]);
  const requeued: string[] = [];
  for await (const order of ordersWithStatus(runtime, documents, OrderStatus.QUEUED)) {
    if (onQueues.has(order.orderId)) continue;
    const next = orderWorkflowInput({ ...order, attempt: order.attempt + 1 });
    runtime.retryQueue.sendMessage({ MessageBody: JSON.stringify(next) });
    requeued.push(order.orderId);
  }
  return requeued;
}
