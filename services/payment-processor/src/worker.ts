import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type ChargeInvocation,
  ChargeLogMessage,
  type ChargeResult,
  formatAmount,
  LogKey,
  LogService,
  METRICS_NAMESPACE,
} from '@unstoppable/core';
import type { Context } from 'aws-lambda';
import { ChaosConfigSource } from './chaos/chaos-config-source';
import { ChargeMetrics } from './charge-metrics';
import { chargeOrder, lookUpCharge, parseChargeInvocation } from './charge-order';
import type { PaymentProcessorConfig } from './config';
import { ChargeLedger } from './gateway/charge-ledger';
import { SimulatedGateway, type SimulatedGatewayOptions } from './gateway/simulated-gateway';
import { OrderReader } from './order-reader';

/** The log service label on-call searches for: `{service="order-processor"}`. */
export const SERVICE_NAME = LogService.orderProcessor;

export interface PaymentWorker {
  readonly handle: (payload: unknown, context: Context) => Promise<ChargeResult>;
  readonly ledger: ChargeLedger;
  readonly logger: Logger;
}

export type WorkerOverrides = Pick<SimulatedGatewayOptions, 'random' | 'sleep'> & {
  readonly client?: DynamoDBClient;
  readonly now?: () => number;
};

/**
 * Wires the worker: DynamoDB client, chaos source, simulated gateway, idempotency layer keyed
 * by the order id (a second invocation for an order returns the first result), logger, metrics.
 */
export function createPaymentWorker(
  config: PaymentProcessorConfig,
  overrides: WorkerOverrides = {},
): PaymentWorker {
  const client =
    overrides.client ?? new DynamoDBClient({ region: config.region, endpoint: config.dynamoDbEndpoint });
  const logger = new Logger({ serviceName: SERVICE_NAME });
  const metrics = new ChargeMetrics(new Metrics({ serviceName: SERVICE_NAME, namespace: METRICS_NAMESPACE }));
  const chaos = new ChaosConfigSource(client, config.runtimeConfigTable, {
    ttlMs: config.chaosCacheTtlMs,
    now: overrides.now,
    onReadError: (error) => logger.warn('chaos config unreadable, keeping the last value', { error }),
  });
  const ledger = new ChargeLedger(client, config.ledgerTable);
  const gateway = new SimulatedGateway({
    ledger,
    chaos: () => chaos.current(),
    timeoutMs: config.gatewayTimeoutMs,
    random: overrides.random,
    sleep: overrides.sleep,
  });
  const orders = new OrderReader(client, config.ordersTable);
  const idempotency = new IdempotencyConfig({
    eventKeyJmesPath: 'orderId',
    expiresAfterSeconds: config.idempotencyTtlSeconds,
  });
  const charge = makeIdempotent(
    async (invocation: ChargeInvocation) => {
      const result = await chargeOrder(invocation, {
        orders,
        gateway,
        onGatewayCall: (durationMs) => metrics.gatewayCall(durationMs),
      });
      // Counted here, inside the idempotent call, so a replayed capture is not counted twice.
      metrics.captured();
      return result;
    },
    {
      persistenceStore: new DynamoDBPersistenceLayer({
        tableName: config.idempotencyTable,
        awsSdkV3Client: client,
      }),
      config: idempotency,
    },
  );

  const handle = async (payload: unknown, context: Context): Promise<ChargeResult> => {
    idempotency.registerLambdaContext(context);
    logger.addContext(context);
    // Keys go on each line rather than appendKeys: the local stack runs one worker for many
    // concurrent charges, and appended keys would leak between them.
    let keys: Record<string, string> = {};
    let lookingUp = false;
    try {
      const invocation = parseChargeInvocation(payload);
      keys = { [LogKey.orderId]: invocation.orderId, [LogKey.executionName]: invocation.executionName };
      lookingUp = invocation.lookup === true;
      // A lookup bypasses the idempotency layer: the attempt it follows may have left an
      // IN_PROGRESS record (a crash), and the gateway, not that record, knows what was charged.
      const result = lookingUp
        ? await lookUpCharge(invocation, { orders, gateway })
        : await charge(invocation);
      logger.info(lookingUp ? ChargeLogMessage.foundByLookup : ChargeLogMessage.captured, {
        ...keys,
        chargeId: result.chargeId,
        attempt: invocation.attempt,
      });
      // Added outside the idempotent call, so a replayed capture stored without it gets it too.
      return { ...result, amountDisplay: formatAmount(result.amount, result.currency) };
    } catch (error) {
      const name = error instanceof Error ? error.name : 'Error';
      // A lookup charges nothing, so its answer is not a charge outcome in the metrics.
      if (!lookingUp) metrics.notCaptured(name);
      logger.warn(lookingUp ? ChargeLogMessage.notFoundByLookup : ChargeLogMessage.notCaptured, {
        ...keys,
        [LogKey.errorName]: name,
        errorMessage: (error as Error)?.message,
      });
      throw error;
    } finally {
      metrics.flush();
    }
  };
  return { handle, ledger, logger };
}
