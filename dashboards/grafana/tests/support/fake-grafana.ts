import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StoredDashboard {
  readonly model: Record<string, unknown>;
  readonly version: number;
  readonly folderUid?: string;
}

/**
 * A stand-in for Grafana's `POST /api/dashboards/db` on 127.0.0.1: Bearer auth, matching by uid,
 * 412 when a uid exists and `overwrite` is not set, version bumped on each save.
 */
export class FakeGrafana {
  readonly dashboards = new Map<string, StoredDashboard>();
  readonly requests: Array<{
    method?: string;
    path?: string;
    headers: IncomingHttpHeaders;
    body: Record<string, unknown>;
  }> = [];
  /** Status to answer the next save with instead of saving. */
  failNextWith?: { status: number; body: unknown };
  #server?: Server;

  constructor(readonly token: string) {}

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('fake Grafana is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const reply = (status: number, body: unknown) =>
          response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
        this.requests.push({ method: request.method, path: request.url, headers: request.headers, body });
        if (request.method !== 'POST' || request.url !== '/api/dashboards/db')
          return reply(404, { message: 'Not found' });
        if (request.headers.authorization !== `Bearer ${this.token}`)
          return reply(401, { message: 'Invalid API key' });
        if (this.failNextWith) {
          const { status, body: failure } = this.failNextWith;
          this.failNextWith = undefined;
          return reply(status, failure);
        }
        const model = body.dashboard as Record<string, unknown> | undefined;
        const uid = model?.uid;
        if (typeof uid !== 'string' || !model?.title)
          return reply(400, { message: 'Dashboard title cannot be empty' });
        const existing = this.dashboards.get(uid);
        if (existing && body.overwrite !== true) {
          return reply(412, {
            status: 'name-exists',
            message: 'A dashboard with the same uid already exists',
          });
        }
        const version = (existing?.version ?? 0) + 1;
        const folderUid = typeof body.folderUid === 'string' ? body.folderUid : undefined;
        this.dashboards.set(uid, { model, version, ...(folderUid ? { folderUid } : {}) });
        reply(200, { id: 7, uid, url: `/d/${uid}/slug`, status: 'success', version, slug: 'slug' });
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
