import { BrowserSession } from './browser-session';
import type { WebE2eConfig } from './config';
import { type E2eStack, startE2eStack } from './e2e-stack';

/** The local stack and the Chromium a browser test file runs against. */
export interface BrowserTestEnvironment {
  readonly stack: E2eStack;
  readonly browser: BrowserSession;
}

/**
 * Registers the test file's set-up: one local stack and one Chromium for the whole file, both
 * ended after it. Read `stack` and `browser` inside tests (they exist once `beforeAll` ran).
 */
export function useBrowserTestEnvironment(config: WebE2eConfig): BrowserTestEnvironment {
  let stack: E2eStack | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    stack = await startE2eStack(config);
    browser = await BrowserSession.start(config, stack.url);
  });
  afterAll(async () => {
    await browser?.end();
    await stack?.end();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} has not started (read it inside a test)`);
    return value;
  };
  return {
    get stack() {
      return started(stack, 'local stack');
    },
    get browser() {
      return started(browser, 'browser');
    },
  };
}
