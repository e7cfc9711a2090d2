import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { isFinalStatus, type Order, orderWorkflowInput } from '@unstoppable/core';
import type { LocalStack } from '@unstoppable/local-stack';

/** `<orderId>` and `<orderId>-a<n>` back to the order id and attempt. */
export function parseOrderExecutionName(name: string): {
  readonly orderId: string;
  readonly attempt: number;
} {
  const match = /^(.+)-a(\d+)$/.exec(name);
  return match?.[1] && match[2]
    ? { orderId: match[1], attempt: Number(match[2]) }
    : { orderId: name, attempt: 1 };
}

/**
 * The operator's redrive of orders whose latest execution was aborted (it died: nothing will
 * settle or queue the order). On AWS the operator would RedriveExecution; locally the order's next
 * attempt goes on the retry queue, as the workflow itself would have put it. Orders in `done` are
 * left alone (already redriven). Returns the order ids redriven now.
 */
export async function redriveAbortedOrders(stack: LocalStack, done: ReadonlySet<string>): Promise<string[]> {
  const { pipeline } = stack;
  const { stepFunctions, tables, retryQueue, dynamodb } = pipeline.runtime;
  const latest = new Map<string, { attempt: number; status: string }>();
  for (const execution of stepFunctions.listExecutions({ stateMachineArn: pipeline.orderStateMachineArn })) {
    const { orderId, attempt } = parseOrderExecutionName(execution.name);
    const seen = latest.get(orderId);
    if (!seen || attempt > seen.attempt) latest.set(orderId, { attempt, status: execution.status });
  }
  const documents = DynamoDBDocumentClient.from(dynamodb.client);
  const redriven: string[] = [];
  for (const [orderId, execution] of latest) {
    if (execution.status !== 'ABORTED' || done.has(orderId)) continue;
    const { Item } = await documents.send(
      new GetCommand({ TableName: tables.orders, Key: { orderId }, ConsistentRead: true }),
    );
    const order = Item as Order | undefined;
    if (!order || isFinalStatus(order.status)) continue;
    const next = orderWorkflowInput({ ...order, attempt: execution.attempt + 1 });
    retryQueue.sendMessage({ MessageBody: JSON.stringify(next), DelaySeconds: 0 });
    redriven.push(orderId);
  }
  return redriven;
}
