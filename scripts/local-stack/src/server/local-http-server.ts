import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { toApiGatewayEvent, writeApiGatewayResult } from './api-gateway-event';
import { AWS_JSON_CONTENT_TYPE, type AwsJsonOperations, handleAwsJsonRequest } from './aws-json-protocol';
import type { StaticFiles } from './static-files';

/** Largest request body read; a bigger one is refused with 413 before it reaches a handler. */
export const MAX_REQUEST_BYTES = 1024 * 1024;

/** Path prefixes routed to the order API (the HTTP API's routes); everything else is the dashboard. */
const API_PREFIXES = ['/orders', '/products', '/circuit', '/health', '/admin'];

/** What the server routes to; set once the services exist (requests before that get 503). */
export interface LocalHttpRoutes {
  /** The order API's Lambda handler, behind an HTTP API (payload format 2.0). */
  readonly api: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  /** AWS JSON 1.0 operations by `X-Amz-Target`, for the SDK clients pointed at this server. */
  readonly aws: AwsJsonOperations;
  /** The built dashboard, when there is one. */
  readonly files?: StaticFiles;
}

function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function sendJson(
  response: ServerResponse,
  statusCode: number,
  body: unknown,
  type = 'application/problem+json',
): void {
  response.writeHead(statusCode, { 'content-type': type });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Lets a dashboard served from another origin (Vite's dev server) call the API, as the HTTP API's CORS does. */
function allowCors(request: IncomingMessage, response: ServerResponse): void {
  const origin = request.headers.origin;
  if (!origin) return;
  response.setHeader('access-control-allow-origin', origin);
  response.setHeader('vary', 'origin');
  response.setHeader('access-control-allow-headers', 'authorization,content-type,idempotency-key');
  response.setHeader('access-control-allow-methods', 'GET,POST,PUT,OPTIONS');
  response.setHeader('access-control-expose-headers', 'location');
}

/**
 * One HTTP server for the whole local stack: the order API as API Gateway would invoke it, the
 * AWS JSON endpoint the services' SDK clients call (a POST carrying `X-Amz-Target`), and the
 * dashboard's files at `/`.
 */
export class LocalHttpServer {
  private routes?: LocalHttpRoutes;

  private constructor(
    private readonly server: Server,
    /** `http://host:port`, without a trailing slash. */
    readonly url: string,
  ) {}

  /** Listens on `host:port` (port 0 picks a free one). */
  static async listen(host: string, port: number): Promise<LocalHttpServer> {
    let instance: LocalHttpServer | undefined;
    const server = createServer((request, response) => {
      instance?.dispatch(request, response).catch((error: unknown) => {
        if (!response.headersSent)
          sendJson(response, 500, { title: 'Internal error', status: 500, detail: String(error) });
        else response.destroy();
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => resolve());
    });
    const address = server.address() as AddressInfo;
    const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    instance = new LocalHttpServer(server, `http://${shownHost}:${address.port}`);
    return instance;
  }

  /** Starts routing requests to the services. */
  route(routes: LocalHttpRoutes): void {
    this.routes = routes;
  }

  /** Stops accepting connections and closes idle keep-alive ones. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private async dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const routes = this.routes;
    if (!routes)
      return sendJson(response, 503, {
        title: 'Starting',
        status: 503,
        detail: 'the local stack is starting',
      });
    const method = (request.method ?? 'GET').toUpperCase();
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    const target = request.headers['x-amz-target'];
    allowCors(request, response);
    if (method === 'OPTIONS') {
      response.writeHead(204);
      response.end();
      return;
    }
    const body = await readBody(request);
    if (!body) {
      return sendJson(response, 413, {
        title: 'Payload too large',
        status: 413,
        detail: `the request body exceeds ${MAX_REQUEST_BYTES} bytes`,
      });
    }
    if (method === 'POST' && typeof target === 'string') {
      const answer = handleAwsJsonRequest(routes.aws, target, body.toString('utf8'));
      response.writeHead(answer.statusCode, { 'content-type': AWS_JSON_CONTENT_TYPE });
      response.end(answer.body);
      return;
    }
    if (isApiPath(pathname)) {
      writeApiGatewayResult(response, await routes.api(toApiGatewayEvent(request, body)));
      return;
    }
    if (routes.files && (await routes.files.serve(method, pathname, response))) return;
    sendJson(response, 404, {
      title: 'Not found',
      status: 404,
      detail: `no route or file for ${method} ${pathname}`,
    });
  }
}
