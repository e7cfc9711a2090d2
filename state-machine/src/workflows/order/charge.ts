import type { ChargeInvocation } from '@unstoppable/core';
import type { TemplateOf } from '../../asl/common';
import { ErrorName } from '../../asl/error-names';
import { IntegrationResource } from '../../asl/resources';
import { task } from '../../asl/task';
import { ContextPath } from '../context-paths';
import { chargeRetry } from '../retry-policies';
import type { OrderBuildContext } from './order-build-context';
import { OrderPath } from './order-paths';

/**
 * DESIGN 4 step 3: invoke the payment worker. Technical errors are retried in place; a decline,
 * an invalid request and any other error are caught with the order kept beside the error.
 * `LookUpCharge` runs when the last attempt's charge failed technically, before the order is given
 * up: the worker asks the gateway (no charge) whether it captured the order after all. It runs
 * only there, where this execution was allowed to call the gateway: never while the circuit is
 * OPEN or another execution holds the probe (DESIGN invariant 3).
 */
export function chargeStates({ refs, settings }: OrderBuildContext) {
  const payload: TemplateOf<ChargeInvocation> = {
    'orderId.$': OrderPath.orderId,
    'attempt.$': OrderPath.attempt,
    'executionName.$': ContextPath.executionName,
  };
  // Both calls answer a ChargeResult, kept at $.charge; technical errors are retried in place.
  const invokeWorker = (Payload: TemplateOf<ChargeInvocation>) =>
    ({
      Resource: IntegrationResource.lambdaInvoke,
      Parameters: { FunctionName: refs.paymentFunctionArn, Payload },
      ResultSelector: { 'chargeId.$': '$.Payload.chargeId', 'amountDisplay.$': '$.Payload.amountDisplay' },
      ResultPath: OrderPath.charge,
      TimeoutSeconds: settings.paymentTimeoutSeconds,
      Retry: chargeRetry(settings),
    }) as const;
  return {
    Charge: task({
      Comment: 'Charge through the payment worker (idempotent on the order id).',
      ...invokeWorker(payload),
      Catch: [
        { ErrorEquals: [ErrorName.PaymentDeclined], ResultPath: OrderPath.error, Next: 'ReadDeclineReason' },
        {
          ErrorEquals: [ErrorName.InvalidPaymentRequest],
          ResultPath: OrderPath.error,
          Next: 'MarkOrderFailed',
        },
        // Technical errors after the retries, and anything unknown (core classifies it technical).
        { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.error, Next: 'RouteTechnicalFailure' },
      ],
      Next: 'MarkOrderCompleted',
    }),
    LookUpCharge: task({
      Comment:
        'The last attempt failed: did the gateway capture the order after all (an answer lost to a crash or a timeout)? Charges nothing.',
      ...invokeWorker({ ...payload, lookup: true }),
      Catch: [
        { ErrorEquals: [ErrorName.PaymentDeclined], ResultPath: OrderPath.error, Next: 'ReadDeclineReason' },
        // ChargeNotFound (never charged), or the gateway still failing: the failure goes on as it
        // would have (counted against the circuit, then FAILED, since the attempts are used up).
        { ErrorEquals: [ErrorName.ALL], ResultPath: OrderPath.lookupError, Next: 'RouteTechnicalFailure' },
      ],
      Next: 'MarkOrderCompleted',
    }),
  };
}
