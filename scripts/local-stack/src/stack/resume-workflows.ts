import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import {
  CIRCUIT_IDS,
  CircuitState,
  type CooldownWorkflowInput,
  OrderStatus,
  orderWorkflowInput,
} from '@unstoppable/core';
import type { PaymentPipeline } from '../payment-pipeline';
import { ordersWithStatus } from './orders-with-status';
import { requeueLostOrders } from './requeue-lost-orders';

/** What {@link resumeWorkflows} restarted. */
export interface ResumedWorkflows {
  readonly orders: readonly string[];
  /** QUEUED orders whose message was lost with the process: their next attempt was re-queued. */
  readonly requeued: readonly string[];
  readonly cooldownTripId?: string;
}

/**
 * After a restart from `--data`, the executions that were running are gone (on AWS they are
 * durable). Restarts what the stored state says must be running: the attempt of every PENDING
 * order (same execution name; the worker's idempotency and the gateway's ledger make a repeated
 * charge harmless) and, for an OPEN or HALF_OPEN circuit, its cool-down (named by the trip id).
 * QUEUED orders need nothing when their messages were restored with the queue; one whose message
 * is gone gets its next attempt re-queued ({@link requeueLostOrders}). A HALF_OPEN circuit
 * needs its cool-down too: that execution's probe watch is what clears a probe owner that died
 * with the process (`OpenToHalfOpen` accepts HALF_OPEN of the same trip); without it the circuit
 * would stay HALF_OPEN with a dead owner and the retry handler would hold every order back.
 * Runs before the retry poller starts.
 */
export async function resumeWorkflows(
  pipeline: PaymentPipeline,
  documents: DynamoDBDocumentClient,
): Promise<ResumedWorkflows> {
  const { runtime } = pipeline;
  const requeued = await requeueLostOrders(runtime, documents);
  const orders: string[] = [];
  for await (const stored of ordersWithStatus(runtime, documents, OrderStatus.PENDING)) {
    const { order } = orderWorkflowInput(stored);
    pipeline.startOrder(order);
    orders.push(order.orderId);
  }
  const { Item: circuit } = await documents.send(
    new GetCommand({ TableName: runtime.tables.circuit, Key: { circuitId: CIRCUIT_IDS.paymentGateway } }),
  );
  const cooling = circuit?.state === CircuitState.OPEN || circuit?.state === CircuitState.HALF_OPEN;
  if (!cooling || typeof circuit?.tripId !== 'string') return { orders, requeued };
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
  return { orders, requeued, cooldownTripId: circuit.tripId };
}
