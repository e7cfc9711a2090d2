import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

export interface PushedStream {
  readonly stream: Record<string, string>;
  readonly values: ReadonlyArray<[string, string] | [string, string, Record<string, string>]>;
}

export interface ReceivedPush {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** Size of the body before gzip. */
  readonly rawBytes: number;
  readonly streams: readonly PushedStream[];
}

export interface ScriptedResponse {
  readonly status: number;
  readonly body?: string;
  readonly headers?: Record<string, string>;
}

/** Checks a push body as strictly as Loki would; returns the first violation, if any. */
export function pushBodyViolation(body: unknown): string | undefined {
  const root = body as { streams?: unknown } | null;
  if (typeof root !== 'object' || root === null || Object.keys(root).join() !== 'streams')
    return 'root must be {streams}';
  if (!Array.isArray(root.streams) || root.streams.length === 0) return 'streams must be a non-empty array';
  for (const [s, raw] of root.streams.entries()) {
    const stream = raw as { stream?: unknown; values?: unknown };
    if (Object.keys(stream).sort().join() !== 'stream,values')
      return `streams[${s}] must be {stream, values}`;
    const labels = stream.stream as Record<string, unknown>;
    if (typeof labels !== 'object' || labels === null || Object.keys(labels).length === 0)
      return `streams[${s}].stream`;
    for (const [name, value] of Object.entries(labels)) {
      if (!LABEL_NAME.test(name)) return `streams[${s}].stream: bad label name ${name}`;
      if (typeof value !== 'string' || value === '')
        return `streams[${s}].stream.${name}: must be a non-empty string`;
    }
    if (!Array.isArray(stream.values) || stream.values.length === 0) return `streams[${s}].values`;
    for (const [v, tuple] of stream.values.entries()) {
      const at = `streams[${s}].values[${v}]`;
      if (!Array.isArray(tuple) || (tuple.length !== 2 && tuple.length !== 3))
        return `${at}: must be [ts, line, metadata?]`;
      if (typeof tuple[0] !== 'string' || !/^\d+$/.test(tuple[0]))
        return `${at}[0]: must be a nanosecond string`;
      if (typeof tuple[1] !== 'string') return `${at}[1]: must be a string`;
      if (tuple.length === 3) {
        const metadata = tuple[2] as Record<string, unknown>;
        if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata))
          return `${at}[2]: object`;
        for (const [key, value] of Object.entries(metadata)) {
          if (!LABEL_NAME.test(key)) return `${at}[2]: bad metadata name ${key}`;
          if (typeof value !== 'string') return `${at}[2].${key}: must be a string`;
        }
      }
    }
  }
  return undefined;
}

/**
 * A Loki push endpoint on 127.0.0.1 (random port) that gunzips and strictly checks every body.
 * It answers the scripted responses in order, then 204; a body that breaks the format gets 400
 * and is recorded in `violations`.
 */
export class TestLokiServer {
  /** Every well-formed request received, whatever it was answered. */
  readonly pushes: ReceivedPush[] = [];
  readonly violations: string[] = [];
  readonly #script: ScriptedResponse[] = [];
  #fallback: ScriptedResponse = { status: 204 };
  #server?: Server;

  get url(): string {
    const address = this.#server?.address() as AddressInfo | null;
    if (!address) throw new Error('test Loki server is not listening');
    return `http://127.0.0.1:${address.port}`;
  }

  /** Responses for the next requests, in order. */
  respond(...responses: ScriptedResponse[]): this {
    this.#script.push(...responses);
    return this;
  }

  /** The response once the script is used up. */
  respondAlways(response: ScriptedResponse): this {
    this.#fallback = response;
    return this;
  }

  async start(): Promise<this> {
    this.#server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        let reply = this.#script.shift() ?? this.#fallback;
        try {
          if (request.method !== 'POST') throw new Error(`method ${request.method}`);
          if (request.headers['content-type'] !== 'application/json') throw new Error('content-type');
          if (request.headers['content-encoding'] !== 'gzip') throw new Error('content-encoding');
          const raw = gunzipSync(Buffer.concat(chunks));
          const body = JSON.parse(raw.toString('utf8'));
          const violation = pushBodyViolation(body);
          if (violation) throw new Error(violation);
          this.pushes.push({
            path: request.url ?? '',
            headers: request.headers,
            rawBytes: raw.length,
            streams: body.streams,
          });
        } catch (error) {
          this.violations.push((error as Error).message);
          reply = { status: 400, body: (error as Error).message };
        }
        response.writeHead(reply.status, reply.headers).end(reply.body ?? '');
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
    await new Promise<void>((resolve, reject) =>
      server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Every pushed entry, flattened, with its stream labels. */
  entries(): Array<{
    labels: Record<string, string>;
    ts: string;
    line: string;
    metadata?: Record<string, string>;
  }> {
    return this.pushes.flatMap((push) =>
      push.streams.flatMap((stream) =>
        stream.values.map(([ts, line, metadata]) => ({
          labels: stream.stream,
          ts,
          line,
          ...(metadata ? { metadata } : {}),
        })),
      ),
    );
  }
}
