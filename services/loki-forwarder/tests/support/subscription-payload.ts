import { gzipSync } from 'node:zlib';
import type { CloudWatchLogsEvent } from 'aws-lambda';

export interface PayloadEvent {
  readonly timestamp: number;
  readonly message: string;
}

let nextId = 1;

/** The decoded JSON of a DATA_MESSAGE, as CloudWatch Logs builds it. */
export function dataMessage(
  logGroup: string,
  events: readonly PayloadEvent[],
  logStream = '2026/11/28/[$LATEST]0f1e2d3c',
) {
  return {
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup,
    logStream,
    subscriptionFilters: ['loki-forwarder'],
    logEvents: events.map((event) => ({ id: String(nextId++).padStart(56, '3'), ...event })),
  };
}

/** The decoded JSON of the CONTROL_MESSAGE CloudWatch Logs sends to check the destination. */
export function controlMessage() {
  return {
    messageType: 'CONTROL_MESSAGE',
    owner: 'CloudwatchLogs',
    logGroup: '',
    logStream: '',
    subscriptionFilters: [],
    logEvents: [
      {
        id: '',
        timestamp: 1_764_288_000_000,
        message: 'CWL CONTROL MESSAGE: Checking health of destination.',
      },
    ],
  };
}

/** Wraps a decoded payload the way the subscription delivers it: base64(gzip(json)). */
export function subscriptionEvent(payload: unknown): CloudWatchLogsEvent {
  return { awslogs: { data: gzipSync(JSON.stringify(payload)).toString('base64') } };
}

export interface PowertoolsLineFields {
  readonly level?: string;
  readonly message?: string;
  readonly service: string;
  readonly orderId?: string;
  readonly executionName?: string;
  readonly [key: string]: unknown;
}

/** A line as Powertools Logger writes it for the payment worker and friends. */
export function powertoolsLine(fields: PowertoolsLineFields): string {
  return JSON.stringify({
    level: 'INFO',
    message: 'payment captured',
    timestamp: '2026-11-28T01:00:00.123Z',
    cold_start: false,
    function_arn: 'arn:aws:lambda:eu-west-1:123456789012:function:up-dev-order-processor',
    function_memory_size: '256',
    function_name: 'up-dev-order-processor',
    function_request_id: 'c6af9ac6-7b61-11e6-9a41-93e812345678',
    sampling_rate: 0,
    xray_trace_id: '1-6747c1a0-3f1e6b2a9d8c7b6a5f4e3d2c',
    ...fields,
  });
}

/** A Step Functions execution history event as the state machine's log group receives it. */
export function stepFunctionsLine(stateMachine: string, executionName: string, type = 'TaskFailed'): string {
  return JSON.stringify({
    id: '7',
    type,
    details: { error: 'GatewayUnavailable', cause: 'gateway answered 503' },
    previous_event_id: '6',
    event_timestamp: '1764288000123',
    execution_arn: `arn:aws:states:eu-west-1:123456789012:execution:${stateMachine}:${executionName}`,
    redrive_count: '0',
  });
}

export const START_LINE = 'START RequestId: 8f507cfc-5e1b-4a5c-9c0f-1e3e2d1a0b9c Version: $LATEST\n';
export const END_LINE = 'END RequestId: 8f507cfc-5e1b-4a5c-9c0f-1e3e2d1a0b9c\n';
export const REPORT_LINE =
  'REPORT RequestId: 8f507cfc-5e1b-4a5c-9c0f-1e3e2d1a0b9c\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 256 MB\tMax Memory Used: 78 MB\t\n';
