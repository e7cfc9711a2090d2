import type { Page } from 'playwright-core';
import { PageCheckError } from './errors';

/** Console errors and uncaught exceptions a page reported. */
export interface PageProblems {
  /** Everything reported so far, one line each (`console.error: ...`, `pageerror: ...`). */
  readonly list: () => readonly string[];
  /** Throws a {@link PageCheckError} listing them when there is any. */
  readonly assertNone: () => void;
}

/**
 * Collects `console` messages of type error and `pageerror` events from now on. Chromium also
 * logs failed resource loads (an HTTP 4xx/5xx answer) as console errors, so a test that makes
 * no failing call expects none at all.
 */
export function watchPageProblems(page: Page): PageProblems {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url, lineNumber } = message.location();
    seen.push(`console.error: ${message.text()}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  page.on('pageerror', (error) => seen.push(`pageerror: ${error.name}: ${error.message}`));
  return {
    list: () => [...seen],
    assertNone: () => {
      if (seen.length > 0) throw new PageCheckError(`the page reported errors:\n${seen.join('\n')}`);
    },
  };
}
