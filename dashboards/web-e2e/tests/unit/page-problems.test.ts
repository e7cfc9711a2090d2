import { EventEmitter } from 'node:events';
import type { Page } from 'playwright-core';
import { PageCheckError } from '../../src/errors';
import { watchPageProblems } from '../../src/page-problems';

/** Just the two events the watcher listens to, emitted like Playwright emits them. */
function fakePage() {
  const events = new EventEmitter();
  const message = (type: string, text: string, url = '') => ({
    type: () => type,
    text: () => text,
    location: () => ({ url, lineNumber: 3, columnNumber: 1 }),
  });
  return {
    page: events as unknown as Page,
    log: (type: string, text: string, url?: string) => events.emit('console', message(type, text, url)),
    throwInPage: (error: Error) => events.emit('pageerror', error),
  };
}

describe('watchPageProblems', () => {
  it('collects console errors and uncaught page errors, not other console messages', () => {
    const fake = fakePage();
    const problems = watchPageProblems(fake.page);
    fake.log('log', 'ready');
    fake.log('warning', 'deprecated');
    fake.log('error', 'Failed to load resource: 404', 'http://127.0.0.1/x');
    fake.throwInPage(new TypeError('boom'));

    expect(problems.list()).toEqual([
      'console.error: Failed to load resource: 404 (http://127.0.0.1/x:3)',
      'pageerror: TypeError: boom',
    ]);
    expect(() => problems.assertNone()).toThrow(PageCheckError);
  });

  it('passes when the page reported nothing', () => {
    const fake = fakePage();
    const problems = watchPageProblems(fake.page);
    fake.log('info', 'hello');
    expect(problems.list()).toEqual([]);
    expect(() => problems.assertNone()).not.toThrow();
  });
});
