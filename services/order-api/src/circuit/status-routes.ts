import { jsonResult } from '../http/api-response';
import type { Route } from '../http/router';
import type { CircuitRepository } from './circuit-repository';

/** `GET /health` and `GET /circuit` (public: the store shows whether payments are delayed). */
export function statusRoutes(circuit: CircuitRepository): Route[] {
  return [
    { method: 'GET', path: '/health', handler: async () => jsonResult(200, { status: 'ok' }) },
    { method: 'GET', path: '/circuit', handler: async () => jsonResult(200, await circuit.read()) },
  ];
}
