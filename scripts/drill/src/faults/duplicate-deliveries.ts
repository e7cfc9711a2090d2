import type { LocalQueue } from '@unstoppable/local-stack';
import type { FaultInjector } from '../scenarios/scenario';

/**
 * Makes every message of `queue` be delivered twice, as SQS's at-least-once delivery may: the
 * first delete after a message's first delivery does not delete it but makes it visible again
 * (the same MessageId comes back with ApproximateReceiveCount 2), the next delete deletes it.
 * Wraps the queue object the event source mapping polls; returns the undo and a counter.
 */
export function deliverEverythingTwice(queue: LocalQueue): {
  readonly redelivered: () => number;
  readonly undo: () => void;
} {
  const receive = queue.receiveMessage.bind(queue);
  const remove = queue.deleteMessage.bind(queue);
  const messageOf = new Map<string, string>();
  const duplicated = new Set<string>();
  let redelivered = 0;
  queue.receiveMessage = (request) => {
    const received = receive(request);
    for (const message of received.Messages) messageOf.set(message.ReceiptHandle, message.MessageId);
    return received;
  };
  queue.deleteMessage = (request) => {
    const messageId = messageOf.get(request.ReceiptHandle);
    messageOf.delete(request.ReceiptHandle);
    if (messageId === undefined || duplicated.has(messageId)) return remove(request);
    duplicated.add(messageId);
    redelivered += 1;
    queue.changeMessageVisibility({ ReceiptHandle: request.ReceiptHandle, VisibilityTimeout: 0 });
  };
  return {
    redelivered: () => redelivered,
    undo: () => {
      queue.receiveMessage = receive;
      queue.deleteMessage = remove;
    },
  };
}

/**
 * Duplicate SQS deliveries: from the fault start to the end of the scenario, every retry-queue
 * message is delivered twice (the retry handler must count the second StartExecution of the same
 * attempt as done).
 */
export function duplicateDeliveries(): FaultInjector {
  let redelivered = () => 0;
  return {
    start: async ({ stack }) => {
      redelivered = deliverEverythingTwice(stack.pipeline.runtime.retryQueue).redelivered;
    },
    heal: async () => undefined,
    injected: () => ({ 'second deliveries': redelivered() }),
  };
}
