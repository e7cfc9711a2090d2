import { formatDuration } from '../cli/duration';
import type { DrillOptions } from '../drill-options';
import type { ScenarioMetrics } from '../metrics/scenario-metrics';
import type { TargetCheck } from '../metrics/targets';
import type { ScenarioTimings } from '../run/scenario-record';
import { retryBudgetSeconds } from '../scenarios/catalogue';
import { markdownTable } from './markdown-table';

/** Where the figures came from. */
export interface MachineInfo {
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGb: number;
  readonly node: string;
  /** 1-minute load average when the run started and when it ended (the machine may be shared). */
  readonly load?: { readonly start: number; readonly end: number };
}

/** Everything one drill report shows. */
export interface DrillReportInput {
  readonly startedAt: Date;
  readonly durationMs: number;
  readonly command: string;
  readonly machine: MachineInfo;
  readonly options: DrillOptions;
  readonly timings?: ScenarioTimings;
  readonly metrics: readonly ScenarioMetrics[];
  readonly checks: readonly TargetCheck[];
  /** Scenarios that could not be run to the end. */
  readonly failures: readonly { readonly id: string; readonly message: string }[];
  /** File name of the chart, next to the report. */
  readonly chart?: string;
}

const ms = (value: number | undefined) => (value === undefined ? '—' : formatDuration(value));
const per = (value: number | undefined) => (value === undefined ? '—' : value.toFixed(1));

function timingsTable(input: DrillReportInput): string {
  const { options, timings } = input;
  const rows: [string, string][] = [
    ['outage (modes)', ms(options.outageMs)],
    ['fault time (fault scenarios)', ms(options.faultMs)],
    ['order rate', `${options.rate} orders/s`],
    ['warm-up / tail', `${ms(options.warmupMs)} / ${ms(options.tailMs)}`],
    ['operator reaction (admin-reset mode)', ms(options.operatorReactionMs)],
  ];
  if (timings) {
    const w = timings.workflow;
    rows.push(
      ['failure threshold', `${w.failureThreshold} technical failures`],
      ['cool-down', `${w.cooldownSeconds}s, doubling, capped at ${w.cooldownCapSeconds}s`],
      [
        'retry delay (SQS)',
        `${w.retryDelaySeconds}s x${w.retryBackoffRate}, capped at ${w.retryDelayCapSeconds}s`,
      ],
      ['retry-handler re-delay (OPEN, or a probe in flight)', `${timings.redelaySeconds}s`],
      ['max attempts', `${w.maxAttempts} (retried for ${retryBudgetSeconds(w)}s in all before FAILED)`],
      ['payment task timeout', `${w.paymentTimeoutSeconds}s`],
      [
        'in-place charge retries',
        `${w.chargeRetryMaxAttempts} (${w.chargeRetryIntervalSeconds}s x${w.chargeRetryBackoffRate}, jitter ${w.chargeRetryJitter})`,
      ],
      ['probe lease', `${w.probeLeaseSeconds}s`],
      ['payment worker function timeout', `${timings.workerTimeoutSeconds}s`],
    );
  }
  return markdownTable(['Setting', 'Value'], rows);
}

function outcomeCells(m: ScenarioMetrics): string[] {
  const o = m.outcomes;
  return [
    String(o.placed),
    String(o.completed),
    String(o.declined),
    String(o.failed),
    String(o.lost.length),
    String(m.doubleCharges),
  ];
}

/** Heal to the last queued order settled; with the bound the design sets for an outage (modes only). */
function settleCell(m: ScenarioMetrics, withBound: boolean): string {
  if (m.breaker === 'none') return 'nothing queued (failed instead)';
  if (m.queued.count === 0) return 'nothing queued';
  if (m.queued.unsettled > 0) return `${m.queued.unsettled} did not complete`;
  const bound = withBound && m.settleBound ? ` (bound ${ms(m.settleBound.boundMs)})` : '';
  return `${ms(m.healToSettledMs)}${bound}`;
}

function costCell(m: ScenarioMetrics): string {
  return `${per(m.queued.executionsPerOrder)} / ${per(m.queued.transitionsPerOrder)} (${m.queued.count} ${m.queued.basis})`;
}

function modesTable(metrics: readonly ScenarioMetrics[]): string {
  return markdownTable(
    [
      'Mode',
      'Placed',
      'Completed',
      'Declined',
      'Failed',
      'Lost',
      'Double charges',
      'Gateway calls in outage (beyond tripping)',
      'Probes / cool-downs',
      'Heal → last queued order settled',
      'Executions / transitions per queued order',
      'Admin alerts (opened / closed)',
    ],
    metrics.map((m) => [
      m.title,
      ...outcomeCells(m),
      `${m.calls.total} (${m.calls.beyondTripping})`,
      m.breaker === 'none'
        ? '—'
        : `${m.calls.probes} / ${m.calls.halfOpens}${m.breaker === 'admin-reset' ? ` (admin resets: ${m.adminResets})` : ''}`,
      settleCell(m, true),
      costCell(m),
      `${m.alerts.total} (${m.alerts.circuitOpened} / ${m.alerts.circuitClosed})`,
    ]),
  );
}

function faultsTable(metrics: readonly ScenarioMetrics[]): string {
  return markdownTable(
    [
      'Fault',
      'Placed',
      'Completed',
      'Declined',
      'Failed',
      'Lost',
      'Double charges',
      'Injected',
      'Trips',
      'Heal → last queued order settled',
      'Executions / transitions per queued order',
    ],
    metrics.map((m) => [
      m.title,
      ...outcomeCells(m),
      [
        ...Object.entries(m.injected).map(([what, n]) => `${n} ${what}`),
        ...(m.redriven > 0 ? [`${m.redriven} redriven by the operator`] : []),
      ].join(', ') || '—',
      String(m.alerts.trips),
      settleCell(m, false),
      costCell(m),
    ]),
  );
}

function checksTable(checks: readonly TargetCheck[]): string {
  return markdownTable(
    ['Scenario', 'Target', 'Result', 'Figure'],
    checks.map((c) => [c.scenario, c.target, c.met ? 'met' : '**MISSED**', c.detail]),
  );
}

/** The drill's markdown report. */
export function drillReport(input: DrillReportInput): string {
  const missed = input.checks.filter((c) => !c.met);
  const passed = missed.length === 0 && input.failures.length === 0;
  const modes = input.metrics.filter((m) => m.kind === 'mode');
  const faults = input.metrics.filter((m) => m.kind === 'fault');
  const { machine } = input;
  const sections = [
    `# Outage drill — ${input.startedAt.toISOString()}`,
    `**${passed ? 'PASSED' : 'FAILED'}**: ${input.checks.length - missed.length} of ${input.checks.length} checks met${input.failures.length > 0 ? `, ${input.failures.length} scenarios could not run` : ''}.`,
    [
      `- Command: \`${input.command}\``,
      `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}${machine.load ? `; load average ${machine.load.start.toFixed(2)} at the start, ${machine.load.end.toFixed(2)} at the end` : ''}`,
      `- Duration: ${ms(input.durationMs)} (${input.options.parallel} scenarios at once, each in its own process and local stack)`,
    ].join('\n'),
    '## Timings',
    timingsTable(input),
    ...(modes.length > 0
      ? [`## Modes: gateway down for ${ms(input.options.outageMs)}`, modesTable(modes)]
      : []),
    ...(faults.length > 0 ? ['## Fault scenarios (full design)', faultsTable(faults)] : []),
    '## Checks',
    checksTable(input.checks),
    ...(input.failures.length > 0
      ? ['## Scenarios that did not run', input.failures.map((f) => `- ${f.id}: ${f.message}`).join('\n')]
      : []),
    ...(input.chart
      ? ['## Timeline', `![Orders by status over time, circuit state shaded](${input.chart})`]
      : []),
    [
      '## How to read it',
      '- **Lost**: placed orders not in a final status at the end, or final but inconsistent with the gateway’s ledger (COMPLETED without its capture, or charged but not COMPLETED).',
      '- **Double charges**: orders with more than one capture in the simulated gateway’s ledger.',
      '- **Gateway calls in outage**: payment-worker invocations between the gateway going down and the heal; **beyond tripping** counts those made by executions that started after the breaker opened (without a breaker: after the moment it would have, when the threshold-th order ran out of retries).',
      '- **Probes / cool-downs**: executions that won the HALF_OPEN probe claim during the outage, against the cool-downs that ended in it.',
      '- **Heal → last queued order settled**: from the heal to the stop of the last execution of the last order that was ever queued; the bound is the cool-down in effect at the heal (or the operator’s reaction) + the longest retry delay an order could be waiting + 10 s.',
      '- **Per queued order**: executions and billed state transitions of the orders that were ever queued (without a breaker: retried in place or failed), including every cool-down execution, divided by their number.',
    ].join('\n'),
  ];
  return `${sections.join('\n\n')}\n`;
}
