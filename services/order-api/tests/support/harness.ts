import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import {
  SFNClient,
  type SFNClientResolvedConfig,
  type ServiceInputTypes as SfnInput,
  type ServiceOutputTypes as SfnOutput,
} from '@aws-sdk/client-sfn';
import {
  SQSClient,
  type SQSClientResolvedConfig,
  type ServiceInputTypes as SqsInput,
  type ServiceOutputTypes as SqsOutput,
} from '@aws-sdk/client-sqs';
import { type Product, productItem, tableName } from '@unstoppable/core';
import { lambdaContext, startTestDynamo, type TestDynamo } from '@unstoppable/test-support';
import { type AwsStub, mockClient } from 'aws-sdk-client-mock';
import {
  type AdminAuthConfig,
  type ApiEvent,
  createOrderApi,
  type OrderApi,
  type OrderApiConfig,
  type OrderApiOverrides,
} from '../../src';

export const PREFIX = 'oa-test';
export const ADMIN_TOKEN = 'local-admin-token-0123456789';
export const STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:000000000000:stateMachine:oa-test-order-workflow';
export const RETRY_QUEUE_URL = 'http://127.0.0.1:9324/000000000000/oa-test-retry';
export const DLQ_URL = 'http://127.0.0.1:9324/000000000000/oa-test-retry-dlq';
export const TABLE = {
  orders: tableName(PREFIX, 'orders'),
  circuit: tableName(PREFIX, 'circuit'),
  runtimeConfig: tableName(PREFIX, 'runtimeConfig'),
  notifications: tableName(PREFIX, 'notifications'),
  products: tableName(PREFIX, 'products'),
};

export const testConfig = (endpoint: string, adminAuth: AdminAuthConfig): OrderApiConfig => ({
  region: 'us-east-1',
  dynamoDbEndpoint: endpoint,
  ordersTable: TABLE.orders,
  circuitTable: TABLE.circuit,
  runtimeConfigTable: TABLE.runtimeConfig,
  notificationsTable: TABLE.notifications,
  productsTable: TABLE.products,
  orderStateMachineArn: STATE_MACHINE_ARN,
  retryQueueUrl: RETRY_QUEUE_URL,
  deadLetterQueueUrl: DLQ_URL,
  maxAmountMinor: 10_000_000,
  adminAuth,
});

export interface EventInit {
  readonly headers?: Record<string, string>;
  readonly query?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
  readonly jwtClaims?: Record<string, string>;
}

/** An HTTP API (payload 2.0) event as API Gateway sends it. */
export function httpEvent(method: string, path: string, init: EventInit = {}): ApiEvent {
  const query = init.query ?? {};
  const body =
    init.body === undefined
      ? undefined
      : typeof init.body === 'string'
        ? init.body
        : JSON.stringify(init.body);
  const jsonHeader = init.body !== undefined ? { 'content-type': 'application/json' } : {};
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: new URLSearchParams(query).toString(),
    headers: { host: 'api.local', ...jsonHeader, ...init.headers },
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: 'api.local',
      domainPrefix: 'api',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'jest' },
      requestId: crypto.randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: '28/Nov/2026:10:00:00 +0000',
      timeEpoch: 1_795_860_000_000,
      ...(init.jwtClaims ? { authorizer: { jwt: { claims: init.jwtClaims, scopes: null } } } : {}),
    },
    body,
    isBase64Encoded: false,
  };
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: Record<string, unknown>;
  readonly raw: string;
}

/** Captures every line the service logs (Powertools writes JSON lines to stdout/stderr). */
export class LogCapture {
  readonly lines: string[] = [];
  private spies: jest.SpyInstance[] = [];

  start(): void {
    const capture = (chunk: unknown) => {
      this.lines.push(String(chunk));
      return true;
    };
    this.spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation(capture),
      jest.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
  }

  stop(): void {
    for (const spy of this.spies) spy.mockRestore();
  }

  entries(): Record<string, unknown>[] {
    return this.lines
      .flatMap((line) => line.split('\n').filter((part) => part.startsWith('{')))
      .map((part) => JSON.parse(part));
  }
}

export interface Harness {
  readonly dynamo: TestDynamo;
  readonly sfn: AwsStub<SfnInput, SfnOutput, SFNClientResolvedConfig>;
  readonly sqs: AwsStub<SqsInput, SqsOutput, SQSClientResolvedConfig>;
  readonly logs: LogCapture;
  api: OrderApi;
  /** A new API on the same tables and mocked clients, as a fresh Lambda container would be. */
  restartApi(): void;
  call(method: string, path: string, init?: EventInit): Promise<ApiResponse>;
  admin(method: string, path: string, init?: EventInit): Promise<ApiResponse>;
  end(): Promise<void>;
}

/** dynalite with every table, the order API wired to it, SFN and SQS mocked at the SDK boundary. */
export interface HarnessOptions {
  readonly adminAuth?: AdminAuthConfig;
  /** The products table's items. @default TEST_CATALOG (what `goodOrder` buys) */
  readonly catalog?: readonly Product[];
  readonly overrides?: Pick<OrderApiOverrides, 'now' | 'newOrderId' | 'newTripId'>;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const adminAuth = options.adminAuth ?? { mode: 'bearer', token: ADMIN_TOKEN };
  const dynamo = await startTestDynamo(PREFIX);
  await seedProducts(dynamo, options.catalog ?? TEST_CATALOG);
  const sfnClient = new SFNClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  const sqsClient = new SQSClient({
    region: 'us-east-1',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  const sfn = mockClient(sfnClient);
  const sqs = mockClient(sqsClient);
  const logs = new LogCapture();
  logs.start();
  const newApi = () =>
    createOrderApi(testConfig(dynamo.endpoint, adminAuth), {
      dynamoDb: dynamo.client,
      sfn: sfnClient,
      sqs: sqsClient,
      ...options.overrides,
    });
  const api = newApi();
  const context = lambdaContext('oa-test-order-api');
  const harness: Harness = {
    dynamo,
    sfn,
    sqs,
    logs,
    api,
    restartApi() {
      harness.api = newApi();
    },
    async call(method, path, init) {
      const response = await harness.api.handle(httpEvent(method, path, init), context);
      const raw = String(response.body ?? '');
      return {
        status: response.statusCode ?? 0,
        headers: (response.headers ?? {}) as Record<string, string>,
        body: raw ? JSON.parse(raw) : {},
        raw,
      };
    },
    admin(method, path, init = {}) {
      return harness.call(method, path, {
        ...init,
        headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...init.headers },
      });
    },
    async end() {
      logs.stop();
      await dynamo.end();
    },
  };
  return harness;
}

/** A clock that moves one second per reading, so every write gets a distinct time. */
export function steppingClock(start = Date.parse('2026-11-28T10:00:00.000Z')): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

/** The products the harness seeds: `goodOrder`'s items at its prices. */
export const TEST_CATALOG: readonly Product[] = [
  { sku: 'TSHIRT-M', name: 'T-shirt M', unitPrice: 1500, currency: 'EUR' },
  { sku: 'MUG-01', name: 'Mug', unitPrice: 999, currency: 'EUR' },
];

/** Puts products into the test products table. */
export async function seedProducts(dynamo: TestDynamo, products: readonly Product[]): Promise<void> {
  for (const product of products) {
    await dynamo.client.send(
      new PutItemCommand({ TableName: TABLE.products, Item: { ...productItem(product) } }),
    );
  }
}

/** A valid order submission (amount = sum of the items, prices from TEST_CATALOG). */
export const TOKEN = 'tok_secretToken0042';
export const goodOrder = (overrides: Record<string, unknown> = {}) => ({
  customer: { id: 'cust-1', email: 'ada@example.com' },
  items: [
    { sku: 'TSHIRT-M', quantity: 2, unitPrice: 1500 },
    { sku: 'MUG-01', quantity: 1, unitPrice: 999 },
  ],
  amount: 3999,
  currency: 'EUR',
  paymentToken: TOKEN,
  ...overrides,
});
