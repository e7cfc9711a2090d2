import { loadRuntimeConfig, parseRuntimeConfig } from '../../../src/config/runtime-config';
import { RuntimeConfigError } from '../../../src/errors';
import { fakeFetch, json } from '../../support/fake-fetch';

const PAGE = 'https://shop.example.test/app/index.html#/admin';

describe('parseRuntimeConfig', () => {
  it('accepts an absolute API URL and drops a trailing slash', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: 'https://abc.execute-api.example.test/prod/' }, PAGE)).toEqual({
      apiBaseUrl: 'https://abc.execute-api.example.test/prod',
    });
  });

  it('resolves a path against the page origin', () => {
    expect(parseRuntimeConfig({ apiBaseUrl: '/api' }, PAGE)).toEqual({
      apiBaseUrl: 'https://shop.example.test/api',
    });
  });

  it('falls back to the page origin when the URL is empty or absent', () => {
    expect(parseRuntimeConfig({}, PAGE)).toEqual({ apiBaseUrl: 'https://shop.example.test' });
    expect(parseRuntimeConfig({ apiBaseUrl: '' }, PAGE)).toEqual({ apiBaseUrl: 'https://shop.example.test' });
  });

  it.each([
    [[], '(file)'],
    ['text', '(file)'],
    [{ apiBaseURL: 'https://x.test' }, 'apiBaseURL'],
    [{ apiBaseUrl: 42 }, 'apiBaseUrl'],
    [{ apiBaseUrl: 'ftp://x.test' }, 'apiBaseUrl'],
    [{ apiBaseUrl: 'https://x.test/?debug=1' }, 'apiBaseUrl'],
    [{ apiBaseUrl: 'https://user:pw@x.test' }, 'apiBaseUrl'],
    [{ apiBaseUrl: 'http://[bad' }, 'apiBaseUrl'],
  ])('refuses %j naming %s', (raw, field) => {
    const error = (() => {
      try {
        parseRuntimeConfig(raw, PAGE);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(RuntimeConfigError);
    expect((error as RuntimeConfigError).field).toBe(field);
  });
});

describe('loadRuntimeConfig', () => {
  it('fetches config.json beside the page, bypassing the cache', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, { apiBaseUrl: 'http://localhost:3000' }));
    await expect(loadRuntimeConfig({ pageUrl: PAGE, fetch })).resolves.toEqual({
      apiBaseUrl: 'http://localhost:3000',
    });
    expect(requests[0]?.url).toBe('https://shop.example.test/app/config.json');
  });

  it('uses the page origin when there is no config.json', async () => {
    const { fetch } = fakeFetch(() => new Response('not found', { status: 404 }));
    await expect(loadRuntimeConfig({ pageUrl: PAGE, fetch })).resolves.toEqual({
      apiBaseUrl: 'https://shop.example.test',
    });
  });

  it('fails loudly when config.json is present but broken or unreadable', async () => {
    const broken = fakeFetch(() => new Response('{"apiBaseUrl":', { status: 200 }));
    await expect(loadRuntimeConfig({ pageUrl: PAGE, fetch: broken.fetch })).rejects.toThrow(
      'config.json: (file) is not valid JSON',
    );
    const failing = fakeFetch(() => new Response('', { status: 500 }));
    await expect(loadRuntimeConfig({ pageUrl: PAGE, fetch: failing.fetch })).rejects.toThrow('HTTP 500');
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadRuntimeConfig({ pageUrl: PAGE, fetch: offline })).rejects.toBeInstanceOf(
      RuntimeConfigError,
    );
  });
});
