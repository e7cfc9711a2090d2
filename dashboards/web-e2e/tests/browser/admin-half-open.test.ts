import { CIRCUIT_IDS, type CircuitItem, CircuitState, orderExecutionName } from '@unstoppable/core';
import { dynamoDbTask, type JsonObject } from '@unstoppable/local-stack';
import {
  AdminPage,
  E2E_ADMIN_TOKEN,
  type E2eStack,
  loadWebE2eConfig,
  type OpenedPage,
  type Rgb,
  useBrowserTestEnvironment,
} from '../../src';

const config = loadWebE2eConfig();
const env = useBrowserTestEnvironment(config);

/** `.circuit-badge.state-HALF_OPEN { background: #f59e0b }` in dashboards/web/src/styles.css. */
const HALF_OPEN_AMBER: Rgb = { r: 0xf5, g: 0x9e, b: 0x0b };

/**
 * Writes the circuit item straight into the stack's circuit table (dynalite, through the stack's
 * own DynamoDB client), as the cool-down workflow and a probe claim would leave it. This package
 * has no AWS SDK of its own, so the PutItem goes through the local stack's `dynamodb:putItem`
 * Task adapter, which sends the request unchanged.
 */
async function putCircuitItem(stack: E2eStack, item: CircuitItem): Promise<void> {
  const { runtime } = stack.pipeline;
  // DynamoDB JSON: the circuit item has only string and number attributes.
  const attributes: JsonObject = Object.fromEntries(
    Object.entries(item).map(([name, value]): [string, JsonObject] => [
      name,
      typeof value === 'number' ? { N: String(value) } : { S: String(value) },
    ]),
  );
  const putItem = dynamoDbTask(runtime.dynamodb.client, 'putItem');
  await putItem(
    { TableName: runtime.tables.circuit, Item: attributes },
    { executionArn: 'e2e-setup', stateMachineArn: 'e2e-setup' },
  );
}

/** Admin reset through the API, as an operator's Reset would send it. */
async function resetCircuit(stack: E2eStack): Promise<void> {
  const response = await fetch(new URL('/admin/circuit/reset', stack.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${E2E_ADMIN_TOKEN}` },
  });
  if (response.status !== 200) throw new Error(`POST /admin/circuit/reset answered ${response.status}`);
}

/** Marks the page's window; a reload or navigation away would lose the mark. */
async function markWindow(opened: OpenedPage): Promise<void> {
  await opened.page.evaluate(() => {
    (window as unknown as Record<string, unknown>).__e2eSameDocument = true;
  });
}

const stillSameDocument = (opened: OpenedPage): Promise<boolean> =>
  opened.page.evaluate(() => (window as unknown as Record<string, unknown>).__e2eSameDocument === true);

describe('a HALF_OPEN circuit on the admin page', () => {
  it('shows an amber HALF OPEN badge with the failure count and the probe owner, and the dead-letter depth, without a reload', async () => {
    const { stack } = env;
    const adminTab = await env.browser.openPage('#/admin');
    const admin = new AdminPage(adminTab.page);
    await admin.signIn(E2E_ADMIN_TOKEN);
    await admin.waitForCircuit('CLOSED');
    await adminTab.page.locator('[data-testid="queue-dead-letter-depth"]:text-is("0")').waitFor();
    await markWindow(adminTab);

    const probeOwner = orderExecutionName('half-open-probe-0001', 2);
    const now = new Date().toISOString();
    try {
      await putCircuitItem(stack, {
        circuitId: CIRCUIT_IDS.paymentGateway,
        state: CircuitState.HALF_OPEN,
        failures: 4,
        tripId: 'e2e-trip-0001',
        openedAt: now,
        consecutiveOpens: 2,
        probeOwner,
        probeClaimedAt: now,
        probeSuccesses: 0,
        updatedAt: now,
        updatedBy: probeOwner,
      });
      // A message the retry handler gave up on (nothing consumes the dead-letter queue).
      stack.pipeline.runtime.deadLetterQueue.sendMessage({
        MessageBody: JSON.stringify({ order: { orderId: 'dead-letter-order-1', attempt: 5 } }),
      });

      const badge = await admin.waitForCircuit('HALF_OPEN');
      expect(await badge.textContent()).toBe('HALF OPEN');
      expect(await admin.badgeColour()).toEqual(HALF_OPEN_AMBER);
      await adminTab.page.locator('[data-testid="circuit-failures"]:text-is("4")').waitFor();
      await adminTab.page.locator(`[data-testid="circuit-probe-owner"]:text-is("${probeOwner}")`).waitFor();
      await adminTab.page.locator('[data-testid="circuit-consecutive-opens"]:text-is("2")').waitFor();
      await adminTab.page.locator('[data-testid="queue-dead-letter-depth"]:text-is("1")').waitFor();
      expect(await stillSameDocument(adminTab)).toBe(true);
    } finally {
      await resetCircuit(stack);
      stack.pipeline.runtime.deadLetterQueue.purge();
    }

    // The reset clears the probe owner, and the page follows it back to CLOSED.
    await admin.waitForCircuit('CLOSED');
    await adminTab.page.locator('[data-testid="circuit-failures"]:text-is("0")').waitFor();
    expect(await adminTab.page.getByTestId('circuit-probe-owner').textContent()).not.toContain(probeOwner);
    await adminTab.page.locator('[data-testid="queue-dead-letter-depth"]:text-is("0")').waitFor();
    expect(await stillSameDocument(adminTab)).toBe(true);
    expect(adminTab.problems.list()).toEqual([]);
  });
});
