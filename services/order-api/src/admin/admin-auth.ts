import { createHash, timingSafeEqual } from 'node:crypto';
import type { AdminAuthConfig } from '../config';
import { UnauthorizedError } from '../errors';
import type { ApiRequest } from '../http/api-request';

/** Returns who is making an admin request, or throws a 401 with a `WWW-Authenticate` challenge. */
export type AdminAuthenticator = (request: ApiRequest) => string;

/** Actor recorded for requests authenticated by the shared bearer token. */
export const BEARER_ACTOR = 'admin-token';

const CHALLENGE = 'Bearer realm="admin"';
const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Shared-token check (local stack): constant-time comparison of SHA-256 digests. */
function bearerAuthenticator(token: string): AdminAuthenticator {
  const expected = digest(token);
  return (request) => {
    const header = request.headers.authorization;
    if (!header) throw new UnauthorizedError('admin routes need a bearer token', CHALLENGE);
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      throw new UnauthorizedError('the bearer token is not valid', `${CHALLENGE}, error="invalid_token"`);
    }
    return BEARER_ACTOR;
  };
}

/**
 * JWT mode (AWS): API Gateway's JWT authorizer has verified the token before the Lambda runs, so
 * the claims are trusted; the actor is the `email` claim, else `sub`. No claims means the route
 * was deployed without the authorizer: refused rather than trusted.
 */
function jwtAuthenticator(): AdminAuthenticator {
  return (request) => {
    const claims = request.event.requestContext.authorizer?.jwt?.claims;
    if (!claims) throw new UnauthorizedError('admin routes need a verified JWT', CHALLENGE);
    const actor = [claims.email, claims.sub].find((claim) => typeof claim === 'string' && claim.length > 0);
    if (typeof actor !== 'string') {
      throw new UnauthorizedError(
        'the JWT names no subject (sub or email claim)',
        `${CHALLENGE}, error="invalid_token"`,
      );
    }
    return actor;
  };
}

export function createAdminAuthenticator(config: AdminAuthConfig): AdminAuthenticator {
  return config.mode === 'bearer' ? bearerAuthenticator(config.token) : jwtAuthenticator();
}
