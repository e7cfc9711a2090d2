/**
 * Prints how many log events per second the forwarder decodes, labels and serializes for a
 * subscription payload of about 1 MB (decoded). Figures only, no assertions.
 * Usage: pnpm --filter @unstoppable/loki-forwarder bench [iterations]
 */
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { LOG_SERVICES, LogService, lambdaLogGroupName } from '@unstoppable/core';
import {
  batchEntries,
  decodeSubscriptionEvent,
  encodePushBody,
  type PushBatch,
  type SubscriptionLogData,
  serializePushBatch,
  toLokiEntries,
} from '../src';

const TARGET_BYTES = 1_048_576;
const ITERATIONS = Number(process.argv[2] ?? 30);
const options = { env: 'bench', logGroupPrefix: 'up-bench', maxLineBytes: 262_144 };

function sampleLine(index: number): string {
  if (index % 10 === 0) return `START RequestId: ${crypto.randomUUID()} Version: $LATEST\n`;
  if (index % 10 === 9) {
    return `REPORT RequestId: ${crypto.randomUUID()}\tDuration: 12.34 ms\tBilled Duration: 13 ms\tMemory Size: 256 MB\tMax Memory Used: 78 MB\t\n`;
  }
  const service = LOG_SERVICES[index % 4] ?? LogService.orderProcessor;
  return JSON.stringify({
    level: index % 7 === 0 ? 'ERROR' : 'INFO',
    message: index % 7 === 0 ? 'payment not captured' : 'payment captured',
    timestamp: new Date(1_764_288_000_000 + index).toISOString(),
    service,
    cold_start: false,
    function_name: `up-bench-${service}`,
    function_request_id: crypto.randomUUID(),
    xray_trace_id: `1-6747c1a0-${index.toString(16).padStart(24, '0')}`,
    orderId: `ord-${index}`,
    executionName: `ord-${index}-a2`,
    chargeId: `ch_${index}`,
  });
}

function samplePayload(): { event: unknown; events: number; decodedBytes: number } {
  const logEvents: Array<{ id: string; timestamp: number; message: string }> = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const message = sampleLine(i);
    bytes += Buffer.byteLength(message);
    logEvents.push({ id: String(i), timestamp: 1_764_288_000_000 + i, message });
  }
  const payload = {
    messageType: 'DATA_MESSAGE',
    owner: '123456789012',
    logGroup: lambdaLogGroupName('up-bench', LogService.orderProcessor),
    logStream: '2026/11/28/[$LATEST]bench',
    subscriptionFilters: ['loki-forwarder'],
    logEvents,
  };
  const json = JSON.stringify(payload);
  return {
    event: { awslogs: { data: gzipSync(json).toString('base64') } },
    events: logEvents.length,
    decodedBytes: Buffer.byteLength(json),
  };
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

const { event, events, decodedBytes } = samplePayload();
const totals = { decode: 0, label: 0, serialize: 0, gzip: 0 };
let bodies = 0;
for (let i = -3; i < ITERATIONS; i++) {
  const decoded = time(() => decodeSubscriptionEvent(event));
  if (decoded.value.kind !== 'data') throw new Error('expected a data message');
  const data: SubscriptionLogData = decoded.value.data;
  const labelled = time(() => toLokiEntries(data, options));
  const serialized = time(() => {
    const batches = batchEntries(labelled.value.entries, TARGET_BYTES);
    return { batches, json: batches.map(serializePushBatch) };
  });
  const gzipped = time(() => serialized.value.batches.map((batch: PushBatch) => encodePushBody(batch)));
  if (i < 0) continue; // warm-up rounds
  totals.decode += decoded.ms;
  totals.label += labelled.ms;
  totals.serialize += serialized.ms;
  totals.gzip += gzipped.ms;
  bodies = gzipped.value.length;
}

const perSecond = (ms: number) => Math.round((events * ITERATIONS * 1000) / ms).toLocaleString('en-US');
const mean = (ms: number) => (ms / ITERATIONS).toFixed(2);
console.log(
  `payload: ${events} events, ${(decodedBytes / 1_048_576).toFixed(2)} MB decoded, ${bodies} push body(ies); ${ITERATIONS} rounds`,
);
console.log(`node ${process.version}, ${process.arch}`);
for (const [stage, ms] of Object.entries(totals)) {
  console.log(`${stage.padEnd(24)} ${mean(ms).padStart(8)} ms/batch  ${perSecond(ms).padStart(12)} events/s`);
}
const pipeline = totals.decode + totals.label + totals.serialize;
console.log(
  `${'decode+label+serialize'.padEnd(24)} ${mean(pipeline)} ms/batch  ${perSecond(pipeline)} events/s`,
);
console.log(
  `${'all incl. gzip'.padEnd(24)} ${mean(pipeline + totals.gzip)} ms/batch  ${perSecond(pipeline + totals.gzip)} events/s`,
);
