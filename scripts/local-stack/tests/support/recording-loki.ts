import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One pushed entry with the labels of its stream. */
export interface PushedEntry {
  readonly labels: Record<string, string>;
  readonly ts: string;
  readonly line: string;
  readonly metadata?: Record<string, string>;
}

interface PushBody {
  streams: Array<{
    stream: Record<string, string>;
    values: Array<[string, string, Record<string, string>?]>;
  }>;
}

/**
 * A fake Loki push endpoint on 127.0.0.1 (random port) that records what it is sent. It
 * answers `status` (204 by default); bodies that are not gzip'd JSON push bodies get a 400 and
 * land in `violations`.
 */
export class RecordingLoki {
  readonly requests: Array<{ readonly path: string; readonly headers: IncomingHttpHeaders }> = [];
  readonly violations: string[] = [];
  status = 204;
  readonly #bodies: PushBody[] = [];
  #server?: Server;

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('the recording Loki is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        this.requests.push({ path: request.url ?? '', headers: request.headers });
        try {
          if (request.headers['content-encoding'] !== 'gzip') throw new Error('body is not gzip');
          const body = JSON.parse(gunzipSync(Buffer.concat(chunks)).toString('utf8')) as PushBody;
          if (!Array.isArray(body.streams) || body.streams.length === 0) throw new Error('no streams');
          if (this.status >= 200 && this.status < 300) this.#bodies.push(body);
          response.writeHead(this.status).end(this.status >= 300 ? 'scripted failure' : '');
        } catch (error) {
          this.violations.push((error as Error).message);
          response.writeHead(400).end((error as Error).message);
        }
      });
    });
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    return this;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Every accepted entry, in the order received. */
  entries(): PushedEntry[] {
    return this.#bodies.flatMap((body) =>
      body.streams.flatMap(({ stream, values }) =>
        values.map(([ts, line, metadata]) => ({
          labels: stream,
          ts,
          line,
          ...(metadata ? { metadata } : {}),
        })),
      ),
    );
  }
}
