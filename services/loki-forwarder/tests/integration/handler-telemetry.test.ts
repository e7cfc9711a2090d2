import { LogService, lambdaLogGroupName } from '@unstoppable/core';
import { captureOutput, lambdaContext, loadHandler } from '../support/lambda-harness';
import { dataMessage, powertoolsLine, subscriptionEvent } from '../support/subscription-payload';
import { TestLokiServer } from '../support/test-loki-server';

const T0 = 1_764_288_000_000;
/** Stands for anything a forwarded line may carry that the forwarder's own logs must not repeat. */
const SECRET = 'tok_forwardedSecret0042';

describe('loki-forwarder handler: its own logs never repeat the lines it forwards', () => {
  let loki: TestLokiServer;

  beforeEach(async () => {
    loki = await new TestLokiServer().start();
  });

  afterEach(() => loki.stop());

  const event = () =>
    subscriptionEvent(
      dataMessage(lambdaLogGroupName('up-test', LogService.orderApi), [
        { timestamp: T0, message: powertoolsLine({ service: LogService.orderApi, note: SECRET }) },
        { timestamp: T0 + 1, message: `plain text line ${SECRET}` },
      ]),
    );

  it.each([
    ['accepted', [] as { status: number; body?: string }[]],
    ['retried after 429', [{ status: 429, body: 'Too Many Requests' }]],
    ['rejected with 400', [{ status: 400, body: 'entry out of order' }]],
  ])('when the batch is %s, even at DEBUG level', async (_, responses) => {
    const handler = await loadHandler({
      AWS_REGION: 'eu-west-1',
      ENVIRONMENT: 'test',
      LOG_GROUP_PREFIX: 'up-test',
      LOKI_URL: loki.url,
      LOKI_RETRY_BASE_DELAY_MS: '1',
      LOKI_RETRY_MAX_DELAY_MS: '5',
      POWERTOOLS_LOG_LEVEL: 'DEBUG',
    });
    loki.respond(...responses);

    const { error, lines, text } = await captureOutput(() => handler(event(), lambdaContext()));

    expect(error).toBeUndefined();
    expect(loki.pushes.length).toBe(responses.length + (responses[0]?.status === 400 ? 0 : 1));
    expect(lines.some((line) => line.service === LogService.lokiForwarder && line.level === 'DEBUG')).toBe(
      true,
    );
    expect(text).not.toContain(SECRET);
  });
});
