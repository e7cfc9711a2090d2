/** Base class of every error the browser-test harness throws. */
export class WebE2eError extends Error {
  override readonly name: string = 'WebE2eError';
}

/** The Chromium binary the tests drive is not where the configuration says. */
export class ChromiumMissingError extends WebE2eError {
  override readonly name = 'ChromiumMissingError';

  constructor(readonly executablePath: string) {
    super(
      `Chromium not found at ${executablePath} (CHROMIUM_PATH). Install Debian's package ` +
        '(`apt-get install -y chromium`, as root) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

/** The dashboard's production build (dashboards/web/dist) is missing. */
export class WebBuildMissingError extends WebE2eError {
  override readonly name = 'WebBuildMissingError';

  constructor(readonly webRoot: string) {
    super(
      `No dashboard build at ${webRoot} (index.html missing). Build it first: ` +
        '`turbo run test --filter @unstoppable/web-e2e` does, or `pnpm --filter @unstoppable/web build`.',
    );
  }
}

/** A page check found something the test must report (console errors, overflow, a missing label). */
export class PageCheckError extends WebE2eError {
  override readonly name = 'PageCheckError';
}
