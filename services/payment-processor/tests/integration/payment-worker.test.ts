import { startTestDynamo, type TestDynamo } from '@unstoppable/test-support';
import { createPaymentWorker, doubleCharges, type PaymentWorker } from '../../src';
import { errorOf, lambdaContext, PREFIX, putOrder, setChaos, TOKEN, testConfig } from '../support/fixtures';

describe('payment worker against DynamoDB (dynalite)', () => {
  let dynamo: TestDynamo;
  let clock: number;
  let sleeps: number[];
  let randomValues: number[];
  let worker: PaymentWorker;
  let orderSeq = 0;
  const nextOrderId = () => `order-${String(++orderSeq).padStart(6, '0')}`;

  const charge = (orderId: string, attempt = 1) =>
    worker.handle({ orderId, attempt, executionName: orderId }, lambdaContext());
  const lookUp = (orderId: string, attempt = 5) =>
    worker.handle(
      { orderId, attempt, executionName: `${orderId}-a${attempt}`, lookup: true },
      lambdaContext(),
    );

  // The worker logs JSON to stdout/stderr: keep it out of the test output and inspect it.
  let output: string[] = [];
  const capture = (chunk: unknown) => {
    output.push(String(chunk));
    return true;
  };

  beforeAll(async () => {
    jest.spyOn(process.stdout, 'write').mockImplementation(capture);
    jest.spyOn(process.stderr, 'write').mockImplementation(capture);
    dynamo = await startTestDynamo(PREFIX);
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await dynamo.end();
  });

  beforeEach(async () => {
    clock = 1_000_000;
    sleeps = [];
    randomValues = [];
    await setChaos(dynamo.client, {});
    worker = createPaymentWorker(testConfig(dynamo.endpoint), {
      client: dynamo.client,
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
      },
      random: () => randomValues.shift() ?? 0.99,
    });
  });

  it('charges an order once and returns the same result when invoked again', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId, 4200);
    const first = await charge(orderId);
    const second = await charge(orderId);
    expect(first).toEqual({
      orderId,
      chargeId: expect.stringMatching(/^ch_/),
      status: 'CAPTURED',
      amount: 4200,
      currency: 'EUR',
      amountDisplay: '42.00 EUR',
    });
    // The replay comes from the idempotency record, stored without the display amount.
    expect(second).toEqual(first);
    const entries = (await worker.ledger.entries()).filter((entry) => entry.orderId === orderId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ idempotencyKey: orderId, outcome: 'CAPTURED', requests: 1 });
  });

  it('never charges twice when a new worker (cold start) is asked again', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId);
    const first = await charge(orderId);
    const coldWorker = createPaymentWorker(testConfig(dynamo.endpoint), { client: dynamo.client });
    const again = await coldWorker.handle(
      { orderId, attempt: 2, executionName: `${orderId}-a2` },
      lambdaContext(),
    );
    expect(again.chargeId).toBe(first.chargeId);
    expect(doubleCharges(await worker.ledger.entries())).toEqual([]);
  });

  it('throws PaymentDeclined for a decline, and replays the decline on a repeat', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId);
    await setChaos(dynamo.client, { declineRate: 1 });
    randomValues = [0.1];
    const error = await errorOf(() => charge(orderId));
    expect(error.name).toBe('PaymentDeclined');
    randomValues = [0.99];
    clock += 10_000;
    await setChaos(dynamo.client, { declineRate: 0 });
    expect((await errorOf(() => charge(orderId))).name).toBe('PaymentDeclined');
    const [entry] = (await worker.ledger.entries()).filter((e) => e.orderId === orderId);
    expect(entry).toMatchObject({ outcome: 'DECLINED', requests: 2 });
  });

  it('throws GatewayUnavailable while the gateway is down and charges once it heals', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId);
    await setChaos(dynamo.client, { down: true });
    expect((await errorOf(() => charge(orderId))).name).toBe('GatewayUnavailable');
    expect((await worker.ledger.entries()).filter((e) => e.orderId === orderId)).toEqual([]);
    await setChaos(dynamo.client, { down: false });
    clock += 10_000;
    await expect(charge(orderId, 2)).resolves.toMatchObject({ status: 'CAPTURED' });
  });

  it('applies a chaos change only after the cache TTL', async () => {
    const [a, b, c] = [nextOrderId(), nextOrderId(), nextOrderId()];
    await Promise.all([a, b, c].map((id) => putOrder(dynamo.client, id)));
    await expect(charge(a)).resolves.toMatchObject({ status: 'CAPTURED' });
    await setChaos(dynamo.client, { down: true });
    clock += 4_000;
    await expect(charge(b)).resolves.toMatchObject({ status: 'CAPTURED' });
    clock += 1_500;
    expect((await errorOf(() => charge(c))).name).toBe('GatewayUnavailable');
  });

  it('fails a share of calls with a technical error at the configured failure rate', async () => {
    const [a, b] = [nextOrderId(), nextOrderId()];
    await Promise.all([a, b].map((id) => putOrder(dynamo.client, id)));
    await setChaos(dynamo.client, { failureRate: 0.5 });
    randomValues = [0.2, 0.7, 0.99];
    expect((await errorOf(() => charge(a))).name).toBe('GatewayUnavailable');
    await expect(charge(b)).resolves.toMatchObject({ status: 'CAPTURED' });
  });

  it('adds the configured latency, and times out past the gateway timeout', async () => {
    const [a, b] = [nextOrderId(), nextOrderId()];
    await Promise.all([a, b].map((id) => putOrder(dynamo.client, id)));
    await setChaos(dynamo.client, { latencyMs: 750 });
    await charge(a);
    expect(sleeps).toEqual([750]);
    await setChaos(dynamo.client, { latencyMs: 5000 });
    clock += 10_000;
    const error = await errorOf(() => charge(b));
    expect(error.name).toBe('GatewayTimeout');
    expect(sleeps).toEqual([750, 2000]);
  });

  it('rejects a payload that is not a charge request, naming the fields', async () => {
    const error = await errorOf(() => worker.handle({ orderId: 'x', attempt: 0 }, lambdaContext()));
    expect(error.name).toBe('InvalidPaymentRequest');
    expect(error.message).toMatch(/orderId/);
    expect(error.message).toMatch(/attempt/);
    expect(error.message).toMatch(/executionName/);
  });

  it('rejects an order that does not exist without calling the gateway', async () => {
    const before = (await worker.ledger.entries()).length;
    const error = await errorOf(() => charge('order-missing-1'));
    expect(error.name).toBe('InvalidPaymentRequest');
    expect((await worker.ledger.entries()).length).toBe(before);
  });

  describe('lookup (the last check before an order is given up)', () => {
    it('finds the capture of an attempt whose worker died before it stored its result', async () => {
      const orderId = nextOrderId();
      await putOrder(dynamo.client, orderId, 1999);
      // The worker "dies" right after the gateway captured: saving its result to the idempotency
      // table fails, so the record stays IN_PROGRESS and the caller gets no answer.
      const idempotencyTable = testConfig(dynamo.endpoint).idempotencyTable;
      dynamo.client.middlewareStack.add(
        (next, context) => async (args) => {
          const table = (args.input as { TableName?: string }).TableName;
          if (context.commandName === 'UpdateItemCommand' && table === idempotencyTable) {
            throw new Error('worker died');
          }
          return next(args);
        },
        { step: 'initialize', name: 'testWorkerDies' },
      );
      try {
        expect((await errorOf(() => charge(orderId))).message).toMatch(/idempotency store/);
      } finally {
        dynamo.client.middlewareStack.remove('testWorkerDies');
      }
      // Charging again is refused while the record is IN_PROGRESS; the lookup asks the gateway.
      expect((await errorOf(() => charge(orderId, 2))).name).toBe('IdempotencyAlreadyInProgressError');
      const found = await lookUp(orderId);
      expect(found).toEqual({
        orderId,
        chargeId: expect.stringMatching(/^ch_/),
        status: 'CAPTURED',
        amount: 1999,
        currency: 'EUR',
        amountDisplay: '19.99 EUR',
      });
      const entries = (await worker.ledger.entries()).filter((e) => e.orderId === orderId);
      expect(entries).toEqual([expect.objectContaining({ chargeId: found.chargeId, requests: 1 })]);
    });

    it('charges nothing: ChargeNotFound for an order the gateway never charged', async () => {
      const orderId = nextOrderId();
      await putOrder(dynamo.client, orderId);
      expect((await errorOf(() => lookUp(orderId))).name).toBe('ChargeNotFound');
      expect((await worker.ledger.entries()).filter((e) => e.orderId === orderId)).toEqual([]);
    });

    it('reports a recorded decline as PaymentDeclined with its reason', async () => {
      const orderId = nextOrderId();
      await putOrder(dynamo.client, orderId);
      await setChaos(dynamo.client, { declineRate: 1 });
      randomValues = [0.1];
      await errorOf(() => charge(orderId));
      const error = await errorOf(() => lookUp(orderId));
      expect(error).toMatchObject({ name: 'PaymentDeclined', message: 'card_declined' });
    });

    it('fails like the gateway while it is down', async () => {
      const orderId = nextOrderId();
      await putOrder(dynamo.client, orderId);
      await setChaos(dynamo.client, { down: true });
      expect((await errorOf(() => lookUp(orderId))).name).toBe('GatewayUnavailable');
    });

    it('refuses a lookup flag that is not a boolean, naming it', async () => {
      const error = await errorOf(() =>
        worker.handle(
          { orderId: 'order-000001', attempt: 5, executionName: 'x', lookup: 'yes' },
          lambdaContext(),
        ),
      );
      expect(error.name).toBe('InvalidPaymentRequest');
      expect(error.message).toMatch(/lookup/);
    });
  });

  it('logs as order-processor with the order id and execution name, never the token', async () => {
    const orderId = nextOrderId();
    await putOrder(dynamo.client, orderId);
    output = [];
    await charge(orderId);
    await setChaos(dynamo.client, { down: true });
    clock += 10_000;
    const other = nextOrderId();
    await putOrder(dynamo.client, other);
    await errorOf(() => charge(other));
    const lines = output;
    const logs = lines.join('');
    expect(logs).not.toContain(TOKEN);
    const records = lines
      .flatMap((line) => line.split('\n'))
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    const captured = records.find((record) => record.message === 'payment captured');
    expect(captured).toMatchObject({ service: 'order-processor', orderId, executionName: orderId });
    expect(records.find((record) => record.message === 'payment not captured')).toMatchObject({
      errorName: 'GatewayUnavailable',
    });
  });
});
