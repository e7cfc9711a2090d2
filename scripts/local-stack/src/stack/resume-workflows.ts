import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand, paginateQuery } from '@aws-sdk/lib-dynamodb';
import {
  CIRCUIT_IDS,
  CircuitState,
  type CooldownWorkflowInput,
  OrderStatus,
  orderWorkflowInput,
  TABLES,
  type WorkflowOrder,
} from '@unstoppable/core';
import type { PaymentPipeline } from '../payment-pipeline';

/** What {@link resumeWorkflows} restarted. */
export interface ResumedWorkflows {
  readonly orders: readonly string[];
  readonly cooldownTripId?: string;
}

/**
 * After a restart from `--data`, the executions that were running are gone (on AWS they are
 * durable). Restarts what the stored state says must be running: the attempt of every PENDING
 * order (same execution name; the worker's idempotency and the gateway's ledger make a repeated
 * charge harmless) and, for an OPEN circuit, its cool-down (named by the trip id). QUEUED orders
 * need nothing: their messages were restored with the queue. A HALF_OPEN circuit heals itself when
 * the lost probe's lease expires.
 */
export async function resumeWorkflows(
  pipeline: PaymentPipeline,
  documents: DynamoDBDocumentClient,
): Promise<ResumedWorkflows> {
  const { runtime } = pipeline;
  const orders: string[] = [];
  const pending = paginateQuery(
    { client: documents },
    {
      TableName: runtime.tables.orders,
      IndexName: TABLES.orders.indexes.byStatus.name,
      KeyConditionExpression: '#s = :pending',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':pending': OrderStatus.PENDING },
    },
  );
  for await (const page of pending) {
    for (const item of page.Items ?? []) {
      const { order } = orderWorkflowInput(item as WorkflowOrder);
      pipeline.startOrder(order);
      orders.push(order.orderId);
    }
  }
  const { Item: circuit } = await documents.send(
    new GetCommand({ TableName: runtime.tables.circuit, Key: { circuitId: CIRCUIT_IDS.paymentGateway } }),
  );
  if (circuit?.state !== CircuitState.OPEN || typeof circuit.tripId !== 'string') return { orders };
  const input: CooldownWorkflowInput = {
    circuitId: CIRCUIT_IDS.paymentGateway,
    tripId: circuit.tripId,
    consecutiveOpens: Number(circuit.consecutiveOpens ?? 1),
  };
  runtime.stepFunctions.startExecution({
    stateMachineArn: pipeline.cooldownStateMachineArn,
    name: circuit.tripId,
    input: input as never,
  });
  return { orders, cooldownTripId: circuit.tripId };
}
