import { RuntimeConfigError } from '../errors';

/** Settings the app reads at start from `config.json` beside `index.html`, so one build serves every stack. */
export interface RuntimeConfig {
  /** Absolute base URL of the order API, without a trailing slash. */
  readonly apiBaseUrl: string;
}

/** Where the runtime config lives, relative to the page. */
export const RUNTIME_CONFIG_FILE = 'config.json';

const KNOWN_FIELDS = new Set(['apiBaseUrl']);

/**
 * Validates the content of `config.json`. `apiBaseUrl` may be absolute (`https://api.example.com`),
 * a path on the page's origin (`/api`), or empty / absent for the page's own origin.
 */
export function parseRuntimeConfig(raw: unknown, pageUrl: string): RuntimeConfig {
  const origin = new URL(pageUrl).origin;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RuntimeConfigError('(file)', 'must be a JSON object like { "apiBaseUrl": "https://..." }');
  }
  const unknown = Object.keys(raw).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length > 0) {
    throw new RuntimeConfigError(unknown.join(', '), 'is not a known setting (known: apiBaseUrl)');
  }
  const value = (raw as { apiBaseUrl?: unknown }).apiBaseUrl;
  if (value === undefined || value === '') return { apiBaseUrl: origin };
  if (typeof value !== 'string') throw new RuntimeConfigError('apiBaseUrl', 'must be a string');
  let url: URL;
  try {
    url = new URL(value, origin);
  } catch {
    throw new RuntimeConfigError('apiBaseUrl', 'must be a URL such as https://api.example.com or /api');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RuntimeConfigError('apiBaseUrl', 'must use http or https');
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new RuntimeConfigError('apiBaseUrl', 'must not carry a query, a fragment or credentials');
  }
  return { apiBaseUrl: `${url.origin}${url.pathname}`.replace(/\/+$/, '') };
}

export interface LoadRuntimeConfigOptions {
  /** The page's URL (`window.location.href`); `config.json` is looked up beside it. */
  readonly pageUrl: string;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/**
 * Loads `config.json` from the page's own origin. A missing file (404) means "the API is on this
 * origin"; a file that is present but broken is an error, so a bad deployment is seen at once.
 */
export async function loadRuntimeConfig(options: LoadRuntimeConfigOptions): Promise<RuntimeConfig> {
  const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const url = new URL(RUNTIME_CONFIG_FILE, options.pageUrl);
  let response: Response;
  try {
    response = await fetchFn(url.toString(), { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch (error) {
    throw new RuntimeConfigError(
      '(file)',
      `could not be fetched: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (response.status === 404) return parseRuntimeConfig({}, options.pageUrl);
  if (!response.ok) throw new RuntimeConfigError('(file)', `could not be read: HTTP ${response.status}`);
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch {
    throw new RuntimeConfigError('(file)', 'is not valid JSON');
  }
  return parseRuntimeConfig(raw, options.pageUrl);
}
