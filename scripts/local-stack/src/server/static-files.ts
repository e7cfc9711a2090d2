import { readFile, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built dashboard from `root` (GET and HEAD): `/` is `index.html`, hashed assets are
 * cached for a year, everything else is revalidated. Paths cannot leave `root`. `config.json` is
 * answered by `config` when given, so the dashboard always calls the API on this origin.
 */
export class StaticFiles {
  constructor(
    private readonly root: string,
    private readonly config?: Readonly<Record<string, unknown>>,
  ) {}

  /** Answers the request; returns false when no file matches (the caller sends 404). */
  async serve(method: string, pathname: string, response: ServerResponse): Promise<boolean> {
    if (method !== 'GET' && method !== 'HEAD') return false;
    if (pathname === '/config.json' && this.config) {
      this.send(
        response,
        method,
        'application/json; charset=utf-8',
        'no-store',
        Buffer.from(JSON.stringify(this.config)),
      );
      return true;
    }
    const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    const file = normalize(join(this.root, relative));
    if (file !== this.root && !file.startsWith(this.root.endsWith(sep) ? this.root : this.root + sep))
      return false;
    try {
      if (!(await stat(file)).isFile()) return false;
    } catch {
      return false;
    }
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    const cache = relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    this.send(response, method, type, cache, await readFile(file));
    return true;
  }

  private send(response: ServerResponse, method: string, type: string, cache: string, body: Buffer): void {
    response.writeHead(200, {
      'content-type': type,
      'cache-control': cache,
      'content-length': body.byteLength,
    });
    response.end(method === 'HEAD' ? undefined : body);
  }
}
