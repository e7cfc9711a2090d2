import { LogService } from '@unstoppable/core';
import { measureOrderPaths } from '@unstoppable/local-stack';
import { functionMemoryMb } from '../bundles/lambda-env';
import { formatCount, formatMs, formatUsd, passOrMiss } from '../format';
import { LAMBDA_ARM64_PRICES, PRICES_CHECKED_ON, PRICES_REGION, STEP_FUNCTIONS_PRICES } from '../prices';
import type { SectionReport } from '../report';
import type { Table } from '../table';
import { TARGETS } from '../targets';
import {
  expressBilledMemoryMb,
  expressWorkflowCost,
  lambdaCost,
  perMillion,
  standardWorkflowCost,
} from './cost-model';

/** The function the order workflow invokes (infra id = services folder). */
const PAYMENT_FUNCTION_ID = 'payment-processor';

function pricesTable(): Table {
  const usd = (value: number, digits: number) => `$${value.toFixed(digits)}`;
  return {
    columns: [{ header: 'price' }, { header: 'value', align: 'right' }],
    rows: [
      [
        'Step Functions Standard, per 1,000 transitions',
        usd(STEP_FUNCTIONS_PRICES.standardPerTransition * 1000, 4),
      ],
      ['Step Functions Express, per 1M requests', usd(STEP_FUNCTIONS_PRICES.expressPerRequest * 1e6, 2)],
      [
        'Step Functions Express, per GB-second (first tier)',
        usd(STEP_FUNCTIONS_PRICES.expressPerGbSecond, 8),
      ],
      ['Lambda arm64, per 1M requests', usd(LAMBDA_ARM64_PRICES.perRequest * 1e6, 2)],
      ['Lambda arm64, per GB-second (first tier)', usd(LAMBDA_ARM64_PRICES.perGbSecond, 10)],
    ],
  };
}

/**
 * Cost per million orders of each order-workflow path: transitions and payment-worker invocations
 * from one real local execution per path (real timings), priced as Standard and as Express.
 */
export async function runCostBench(): Promise<SectionReport> {
  const report = await measureOrderPaths({ timeScale: 1 });
  const memoryMb = functionMemoryMb(PAYMENT_FUNCTION_ID);
  const expressMemoryMb = expressBilledMemoryMb(report.definitionBytes, report.inputBytes);
  const rows = report.paths.map((path) => {
    const standard = standardWorkflowCost(path.transitions);
    const lambda = lambdaCost(path.paymentInvocationMs, memoryMb);
    const express = expressWorkflowCost(path.executionMs, expressMemoryMb);
    const workerMs = path.paymentInvocationMs.reduce((sum, ms) => sum + ms, 0);
    return [
      path.label,
      formatCount(path.transitions),
      formatUsd(perMillion(standard)),
      `${path.paymentInvocationMs.length} / ${formatMs(workerMs)}`,
      formatUsd(perMillion(lambda)),
      formatUsd(perMillion(standard + lambda)),
      formatMs(path.executionMs, 0),
      formatUsd(perMillion(express)),
      formatUsd(perMillion(express + lambda)),
    ];
  });
  const green = report.paths.find((path) => path.path === 'green');
  const greenOk = green !== undefined && green.transitions <= TARGETS.maxGreenTransitions;
  return {
    title: 'Cost per million orders, per path',
    tables: [
      {
        columns: [
          { header: 'path' },
          { header: 'transitions', align: 'right' },
          { header: 'Standard', align: 'right' },
          { header: `${LogService.orderProcessor} calls / time`, align: 'right' },
          { header: 'Lambda', align: 'right' },
          { header: 'Standard + Lambda', align: 'right' },
          { header: 'execution', align: 'right' },
          { header: 'Express (est.)', align: 'right' },
          { header: 'Express + Lambda', align: 'right' },
        ],
        rows,
      },
      pricesTable(),
    ],
    notes: [
      `prices: ${PRICES_REGION}, on demand, first tier, no free tier, checked ${PRICES_CHECKED_ON} (scripts/benchmarks/src/prices.ts)`,
      'transitions, payment-worker calls and times come from one real execution per path on the local executor (real retry pauses); every $ figure is per 1,000,000 orders that all take that path',
      `Lambda = the payment worker (${PAYMENT_FUNCTION_ID}, ${memoryMb} MB arm64 from infra/src/config.ts): requests + GB-s with each call rounded up to 1 ms; the local call times (in-process, dynalite) stand in for AWS durations`,
      `Express estimate: 1 request + the execution's duration rounded up to 100 ms x ${expressMemoryMb} MB (50 MB + ${formatCount(report.definitionBytes)} B definition + ${formatCount(report.inputBytes)} B input, 64 MB chunks)`,
      'not included: API Gateway and the order-api call that accepts the order, DynamoDB, SQS, SNS, EventBridge; a queued order later costs one more execution per retry (the retry handler starts it), and a trip also starts one cool-down execution per trip, not per order',
      `green path: ${green?.transitions ?? '?'} transitions (target <= ${TARGETS.maxGreenTransitions}): ${passOrMiss(greenOk)}`,
    ],
  };
}
