import { gunzipSync } from 'node:zlib';
import { batchEntries, encodePushBody, type LokiEntry, serializePushBatch } from '../../src';

const labels = (service: string) => JSON.stringify({ service, level: 'info', env: 'dev' });

function entry(service: string, index: number, line = `line ${index}`): LokiEntry {
  return { labelsJson: labels(service), timestampNs: `${1_764_288_000_000 + index}000000`, line };
}

describe('batchEntries', () => {
  it('groups entries by label set, keeping their order within each stream', () => {
    const entries = [entry('order-api', 1), entry('order-processor', 2), entry('order-api', 3)];
    const [batch, ...rest] = batchEntries(entries, 1_048_576);

    expect(rest).toEqual([]);
    expect(JSON.parse(serializePushBatch(batch ?? { streams: new Map(), entryCount: 0, bytes: 0 }))).toEqual({
      streams: [
        {
          stream: { service: 'order-api', level: 'info', env: 'dev' },
          values: [
            ['1764288000001000000', 'line 1'],
            ['1764288000003000000', 'line 3'],
          ],
        },
        {
          stream: { service: 'order-processor', level: 'info', env: 'dev' },
          values: [['1764288000002000000', 'line 2']],
        },
      ],
    });
  });

  it('serializes metadata as the third tuple element', () => {
    const withMetadata: LokiEntry = { ...entry('order-api', 1), metadata: { order_id: 'ord-1' } };
    const [batch] = batchEntries([withMetadata], 4096);
    const body = JSON.parse(serializePushBatch(batch as never));
    expect(body.streams[0].values).toEqual([['1764288000001000000', 'line 1', { order_id: 'ord-1' }]]);
  });

  it('splits by size so every body stays within the limit, and counts bytes exactly', () => {
    const entries = Array.from({ length: 400 }, (_, index) =>
      entry(index % 3 === 0 ? 'order-api' : 'order-processor', index, `${'é'.repeat(40)} ${index}`),
    );
    const batches = batchEntries(entries, 4096);

    expect(batches.length).toBeGreaterThan(5);
    for (const batch of batches) {
      const body = serializePushBatch(batch);
      expect(Buffer.byteLength(body)).toBe(batch.bytes);
      expect(batch.bytes).toBeLessThanOrEqual(4096);
      JSON.parse(body);
    }
    const lines = batches.flatMap((batch) =>
      (JSON.parse(serializePushBatch(batch)).streams as Array<{ values: string[][] }>).flatMap((stream) =>
        stream.values.map((value) => value[1]),
      ),
    );
    expect(lines.sort()).toEqual(entries.map((e) => e.line).sort());
    expect(batches.reduce((sum, batch) => sum + batch.entryCount, 0)).toBe(400);
  });

  it('sends an entry larger than the limit alone', () => {
    const big = entry('order-api', 1, 'x'.repeat(5000));
    const batches = batchEntries([entry('order-api', 0), big, entry('order-api', 2)], 4096);
    expect(batches.map((batch) => batch.entryCount)).toEqual([1, 1, 1]);
  });

  it('makes no batch from no entries', () => {
    expect(batchEntries([], 4096)).toEqual([]);
  });
});

describe('encodePushBody', () => {
  it('gzips the serialized body', () => {
    const [batch] = batchEntries([entry('order-api', 1)], 4096);
    if (!batch) throw new Error('expected a batch');
    expect(gunzipSync(encodePushBody(batch)).toString('utf8')).toBe(serializePushBatch(batch));
  });
});
