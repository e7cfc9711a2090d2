import { NO_CHAOS } from '@unstoppable/core';
import { startTestDynamo, type TestDynamo } from '@unstoppable/test-support';
import { ChargeLedger, doubleCharges, SimulatedGateway } from '../../src';
import { PREFIX, testConfig } from '../support/fixtures';

describe('SimulatedGateway', () => {
  let dynamo: TestDynamo;
  let ledger: ChargeLedger;

  beforeAll(async () => {
    dynamo = await startTestDynamo(PREFIX);
    ledger = new ChargeLedger(dynamo.client, testConfig(dynamo.endpoint).ledgerTable);
  });
  afterAll(async () => dynamo.end());

  const request = (key: string) => ({
    idempotencyKey: key,
    orderId: key,
    amount: 1000,
    currency: 'EUR' as const,
    paymentToken: 'tok_abcdefgh1234',
  });

  it('answers concurrent calls with one idempotency key with a single charge', async () => {
    const gateway = new SimulatedGateway({ ledger, chaos: async () => NO_CHAOS, timeoutMs: 1000 });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => gateway.charge(request('race-key-0001'))),
    );
    expect(new Set(results.map((result) => result.chargeId)).size).toBe(1);
    const entries = (await ledger.entries()).filter((entry) => entry.idempotencyKey === 'race-key-0001');
    expect(entries).toHaveLength(1);
    expect(entries[0]?.requests).toBe(8);
  });

  it('reports orders captured under two keys as double charges', () => {
    const entry = {
      idempotencyKey: 'k',
      orderId: 'o-1',
      chargeId: 'c',
      outcome: 'CAPTURED' as const,
      amount: 1,
      currency: 'EUR',
      createdAt: '',
      requests: 1,
    };
    expect(doubleCharges([entry, { ...entry, idempotencyKey: 'k2' }, { ...entry, orderId: 'o-2' }])).toEqual([
      'o-1',
    ]);
  });
});
