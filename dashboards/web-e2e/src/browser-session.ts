import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { WebE2eConfig } from './config';
import { type PageProblems, watchPageProblems } from './page-problems';

/**
 * Flags for Debian's Chromium in CI and on a laptop: headless, no sandbox (containers run as
 * root), and nothing that reaches out to the network on its own.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The two widths both pages must work at. */
export const VIEWPORTS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

export type ViewportName = keyof typeof VIEWPORTS;

/** A page in its own browser context (own storage), with its console errors collected. */
export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly problems: PageProblems;
}

/**
 * One Chromium per test file. Playwright launches it with a fresh temporary profile
 * (user-data-dir), and every {@link BrowserSession.openPage} gets a new context, so no storage,
 * cookie or cache is shared between pages.
 */
export class BrowserSession {
  private readonly contexts: BrowserContext[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly baseUrl: string,
  ) {}

  /** Launches the configured Chromium (never a downloaded browser). */
  static async start(config: WebE2eConfig, baseUrl: string): Promise<BrowserSession> {
    const browser = await chromium.launch({ executablePath: config.chromiumPath, args: [...CHROMIUM_ARGS] });
    return new BrowserSession(browser, baseUrl);
  }

  /**
   * Opens `hash` (`#/` store, `#/admin`) in a new context at one of the two widths.
   * @default viewport 'desktop'
   */
  async openPage(hash: string, viewport: ViewportName = 'desktop'): Promise<OpenedPage> {
    const context = await this.browser.newContext({ viewport: VIEWPORTS[viewport], baseURL: this.baseUrl });
    this.contexts.push(context);
    const page = await context.newPage();
    const problems = watchPageProblems(page);
    await page.goto(`/${hash}`);
    return { page, context, problems };
  }

  /** Closes every context and the browser. */
  async end(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => undefined);
    await this.browser.close();
  }
}
