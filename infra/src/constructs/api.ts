import { IDEMPOTENCY_KEY_HEADER } from '@unstoppable/core';
import { Construct } from 'constructs';
import type { AccountContext } from '../account';
import { API_ROUTES, routeId } from '../api-routes';
import {
  Apigatewayv2Api,
  Apigatewayv2Authorizer,
  Apigatewayv2Integration,
  Apigatewayv2Route,
  Apigatewayv2Stage,
  CloudwatchLogGroup,
  CognitoUserPool,
  CognitoUserPoolClient,
  type LambdaFunction,
  LambdaPermission,
} from '../aws';
import type { AdminJwtConfig, StackConfig } from '../config';
import type { ResourceNames } from '../naming';

export interface ApiProps {
  readonly names: ResourceNames;
  readonly account: AccountContext;
  readonly prefix: string;
  readonly handler: LambdaFunction;
  /** The only origin browsers may call the API from: the dashboard (`https://<cloudfront domain>`). */
  readonly dashboardOrigin: string;
  readonly api: StackConfig['api'];
  readonly logRetentionDays: number;
}

/**
 * The HTTP API in front of the order-api Lambda: public store routes, admin routes behind a JWT
 * authorizer (a Cognito user pool of the stack unless an external issuer is configured), stage
 * throttling, JSON access logs, CORS for the dashboard origin only.
 */
export class Api extends Construct {
  public readonly httpApi: Apigatewayv2Api;
  public readonly stage: Apigatewayv2Stage;
  public readonly accessLogGroup: CloudwatchLogGroup;
  public readonly adminAuth: AdminJwtConfig;
  /** The stack's admin user pool and its app client (absent with an external issuer). */
  public readonly userPool?: CognitoUserPool;
  public readonly userPoolClient?: CognitoUserPoolClient;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    this.httpApi = new Apigatewayv2Api(this, 'api', {
      name: `${props.prefix}-http-api`,
      protocolType: 'HTTP',
      corsConfiguration: {
        allowOrigins: [props.dashboardOrigin],
        allowMethods: ['GET', 'POST', 'PUT', 'OPTIONS'],
        // What the dashboard sends: admin bearer tokens, JSON bodies, the checkout's idempotency key.
        allowHeaders: ['authorization', 'content-type', IDEMPOTENCY_KEY_HEADER.toLowerCase()],
        maxAge: 3600,
      },
    });
    const integration = new Apigatewayv2Integration(this, 'order-api', {
      apiId: this.httpApi.id,
      integrationType: 'AWS_PROXY',
      integrationUri: props.handler.arn,
      payloadFormatVersion: '2.0',
    });
    if (props.api.adminJwt) {
      this.adminAuth = props.api.adminJwt;
    } else {
      const admins = adminUserPool(this, props);
      this.userPool = admins.pool;
      this.userPoolClient = admins.client;
      this.adminAuth = admins.auth;
    }
    const authorizer = new Apigatewayv2Authorizer(this, 'admin-jwt', {
      apiId: this.httpApi.id,
      name: 'admin-jwt',
      authorizerType: 'JWT',
      identitySources: ['$request.header.Authorization'],
      jwtConfiguration: { issuer: this.adminAuth.issuer, audience: [...this.adminAuth.audience] },
    });
    for (const route of API_ROUTES) {
      new Apigatewayv2Route(this, routeId(route.routeKey), {
        apiId: this.httpApi.id,
        routeKey: route.routeKey,
        target: `integrations/${integration.id}`,
        ...(route.admin ? { authorizationType: 'JWT', authorizerId: authorizer.id } : {}),
      });
    }
    this.accessLogGroup = new CloudwatchLogGroup(this, 'access-logs', {
      name: props.names.apiAccessLogGroup,
      retentionInDays: props.logRetentionDays,
    });
    this.stage = new Apigatewayv2Stage(this, 'stage', {
      apiId: this.httpApi.id,
      name: '$default',
      autoDeploy: true,
      defaultRouteSettings: {
        throttlingRateLimit: props.api.throttlingRateLimit,
        throttlingBurstLimit: props.api.throttlingBurstLimit,
      },
      accessLogSettings: {
        destinationArn: this.accessLogGroup.arn,
        format: JSON.stringify({
          requestId: '$context.requestId',
          routeKey: '$context.routeKey',
          status: '$context.status',
          latencyMs: '$context.responseLatency',
          integrationError: '$context.integrationErrorMessage',
          sourceIp: '$context.identity.sourceIp',
        }),
      },
    });
    new LambdaPermission(this, 'invoke', {
      statementId: 'AllowHttpApiInvoke',
      action: 'lambda:InvokeFunction',
      functionName: props.handler.functionName,
      principal: 'apigateway.amazonaws.com',
      sourceArn: `${this.httpApi.executionArn}/*/*`,
    });
  }
}

/**
 * A user pool for the admins (invited only) and the app client whose ID tokens the authorizer
 * accepts. The dashboard takes a pasted token, so besides SRP the client allows
 * ADMIN_USER_PASSWORD_AUTH: an operator with AWS credentials for the pool (AdminInitiateAuth) gets
 * a token from the CLI; without such credentials a password alone signs nobody in.
 */
function adminUserPool(
  scope: Construct,
  props: ApiProps,
): { pool: CognitoUserPool; client: CognitoUserPoolClient; auth: AdminJwtConfig } {
  const pool = new CognitoUserPool(scope, 'admins', {
    name: `${props.prefix}-admins`,
    adminCreateUserConfig: { allowAdminCreateUserOnly: true },
    passwordPolicy: {
      minimumLength: 14,
      requireLowercase: true,
      requireNumbers: true,
      requireUppercase: true,
    },
    mfaConfiguration: 'OPTIONAL',
    softwareTokenMfaConfiguration: { enabled: true },
  });
  const client = new CognitoUserPoolClient(scope, 'dashboard-client', {
    name: `${props.prefix}-dashboard`,
    userPoolId: pool.id,
    generateSecret: false,
    explicitAuthFlows: ['ALLOW_USER_SRP_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
  });
  return {
    pool,
    client,
    auth: {
      issuer: `https://cognito-idp.${props.account.region}.amazonaws.com/${pool.id}`,
      audience: [client.id],
    },
  };
}
