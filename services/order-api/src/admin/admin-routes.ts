import type { Logger } from '@aws-lambda-powertools/logger';
import {
  chaosConfigPatchSchema,
  forceOpenRequestSchema,
  LogKey,
  type NotificationView,
  ORDER_API_LIMITS,
  type Page,
  validate,
} from '@unstoppable/core';
import * as z from 'zod';
import type { CircuitRepository } from '../circuit/circuit-repository';
import { DependencyUnavailableError, RequestValidationError } from '../errors';
import { type ApiRequest, readJsonBody } from '../http/api-request';
import { jsonResult } from '../http/api-response';
import { decodeCursor, encodeCursor } from '../http/cursor';
import { cursorParam, limitParam, parseQuery } from '../http/query';
import type { Route, RouteContext } from '../http/router';
import type { ChaosRepository } from './chaos-repository';
import { type NotificationFeed, notificationPageKeySchema } from './notification-feed';
import type { QueueStatsReader } from './queue-stats';

export interface AdminDeps {
  readonly circuit: CircuitRepository;
  readonly chaos: ChaosRepository;
  readonly queues: QueueStatsReader;
  readonly notifications: NotificationFeed;
  readonly logger: Logger;
  readonly now: () => Date;
  readonly newTripId: () => string;
}

const notificationsQuery = z.strictObject({ limit: limitParam, cursor: cursorParam });

function validBody<S extends z.ZodType>(schema: S, request: ApiRequest, required: boolean): z.infer<S> {
  const body = readJsonBody(request, { maxBytes: ORDER_API_LIMITS.maxBodyBytes, required }) ?? {};
  const result = validate(schema, body);
  if (!result.ok) throw new RequestValidationError(result.errors);
  return result.value;
}

/** Admin routes run only after authentication, so `actor` is always set. */
const actorOf = (context: RouteContext): string => context.actor ?? 'unknown';

/** The admin controls (DESIGN section 4): chaos, circuit reset / force-open, queue depth, notifications. */
export function adminRoutes(deps: AdminDeps): Route[] {
  const { logger } = deps;
  return [
    {
      method: 'GET',
      path: '/admin/chaos',
      admin: true,
      handler: async () => jsonResult(200, await deps.chaos.read()),
    },
    {
      method: 'PUT',
      path: '/admin/chaos',
      admin: true,
      handler: async (context) => {
        const patch = validBody(chaosConfigPatchSchema, context.request, true);
        const actor = actorOf(context);
        const view = await deps.chaos.merge(patch, actor, deps.now());
        logger.info('admin action', { action: 'chaos.update', actor, changes: patch, chaos: view.value });
        return jsonResult(200, view);
      },
    },
    {
      method: 'POST',
      path: '/admin/circuit/reset',
      admin: true,
      handler: async (context) => {
        const actor = actorOf(context);
        const before = await deps.circuit.read();
        const after = await deps.circuit.reset(actor, deps.now());
        logger.info('admin action', {
          action: 'circuit.reset',
          actor,
          previousState: before.state,
          previousTripId: before.tripId,
          [LogKey.circuitState]: after.state,
        });
        return jsonResult(200, after);
      },
    },
    {
      method: 'POST',
      path: '/admin/circuit/open',
      admin: true,
      handler: async (context) => {
        const { reason } = validBody(forceOpenRequestSchema, context.request, false);
        const actor = actorOf(context);
        const before = await deps.circuit.read();
        const after = await deps.circuit.forceOpen(actor, deps.now(), deps.newTripId(), reason);
        logger.info('admin action', {
          action: 'circuit.force-open',
          actor,
          reason,
          previousState: before.state,
          tripId: after.tripId,
          [LogKey.circuitState]: after.state,
        });
        return jsonResult(200, after);
      },
    },
    {
      method: 'GET',
      path: '/admin/queue',
      admin: true,
      handler: async (context) => {
        try {
          return jsonResult(200, await deps.queues.read());
        } catch (error) {
          logger.error('queue attributes unreadable', { actor: actorOf(context), error });
          throw new DependencyUnavailableError('the queue depth could not be read from SQS');
        }
      },
    },
    {
      method: 'GET',
      path: '/admin/notifications',
      admin: true,
      handler: async ({ request }) => {
        const query = parseQuery(notificationsQuery, request.query);
        const startKey = decodeCursor(query.cursor, notificationPageKeySchema);
        const page = await deps.notifications.list({ limit: query.limit, startKey });
        const body: Page<NotificationView> = {
          items: page.notifications,
          ...(page.lastKey ? { nextCursor: encodeCursor(page.lastKey) } : {}),
        };
        return jsonResult(200, body);
      },
    },
  ];
}
