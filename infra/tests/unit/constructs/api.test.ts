import { IDEMPOTENCY_KEY_HEADER } from '@unstoppable/core';
import { API_ROUTES } from '../../../src/api-routes';
import {
  Apigatewayv2Authorizer,
  Apigatewayv2Integration,
  Apigatewayv2Route,
  Apigatewayv2Stage,
  LambdaFunction,
  LambdaPermission,
} from '../../../src/aws';
import { Api } from '../../../src/constructs/api';
import { resourceNames } from '../../../src/naming';
import { devConfig, findResource, resourcesOf, synth } from '../../support/fixtures';

const ORIGIN = 'https://d111111abcdef8.cloudfront.net';
const build = (adminJwt?: { issuer: string; audience: string[] }) =>
  synth((scope, account) => {
    const handler = new LambdaFunction(scope, 'order-api', {
      functionName: 'up-dev-order-api',
      role: 'arn:aws:iam::111122223333:role/test',
    });
    new Api(scope, 'api', {
      names: resourceNames('up-dev'),
      account,
      prefix: 'up-dev',
      handler,
      dashboardOrigin: ORIGIN,
      api: { ...devConfig().api, adminJwt },
      logRetentionDays: 14,
    });
  });

describe('Api', () => {
  it('is an HTTP API whose CORS admits only the dashboard origin, with the methods and headers it sends', () => {
    const api = findResource(build().stack, 'aws_apigatewayv2_api', {});
    expect(api.body.protocol_type).toBe('HTTP');
    const cors = api.body.cors_configuration as Record<string, string[]>;
    expect(cors.allow_origins).toEqual([ORIGIN]);
    expect([...(cors.allow_methods ?? [])].sort()).toEqual(['GET', 'OPTIONS', 'POST', 'PUT']);
    // The dashboard's checkout sends Idempotency-Key; its admin pages send Authorization.
    expect([...(cors.allow_headers ?? [])].sort()).toEqual([
      'authorization',
      'content-type',
      IDEMPOTENCY_KEY_HEADER.toLowerCase(),
    ]);
    expect(cors.allow_credentials).toBeUndefined();
  });

  it('proxies every route to the order-api Lambda with payload format 2.0', () => {
    const { json, stack } = build();
    const handler = findResource(stack, 'aws_lambda_function', { function_name: 'up-dev-order-api' });
    const integration = findResource(stack, 'aws_apigatewayv2_integration', {});
    expect(json).toHaveResourceWithProperties(Apigatewayv2Integration, {
      integration_type: 'AWS_PROXY',
      integration_uri: handler.ref('arn'),
      payload_format_version: '2.0',
    });
    const routes = Object.values(resourcesOf(stack, 'aws_apigatewayv2_route'));
    expect(routes.map((route) => route.route_key).sort()).toEqual(
      API_ROUTES.map((route) => route.routeKey).sort(),
    );
    expect(routes.every((route) => route.target === `integrations/${integration.ref('id')}`)).toBe(true);
  });

  it('puts the admin routes, and only those, behind the JWT authorizer', () => {
    const { stack } = build();
    const authorizer = findResource(stack, 'aws_apigatewayv2_authorizer', {});
    for (const route of Object.values(resourcesOf(stack, 'aws_apigatewayv2_route'))) {
      const admin = String(route.route_key).includes(' /admin/');
      expect(route.authorization_type).toBe(admin ? 'JWT' : undefined);
      expect(route.authorizer_id).toBe(admin ? authorizer.ref('id') : undefined);
    }
  });

  it('trusts the stack user pool by default and a configured issuer when given', () => {
    const own = build();
    const pool = findResource(own.stack, 'aws_cognito_user_pool', {});
    const client = findResource(own.stack, 'aws_cognito_user_pool_client', {});
    expect(own.json).toHaveResourceWithProperties(Apigatewayv2Authorizer, {
      authorizer_type: 'JWT',
      identity_sources: ['$request.header.Authorization'],
      jwt_configuration: {
        issuer: `https://cognito-idp.eu-west-1.amazonaws.com/${pool.ref('id')}`,
        audience: [client.ref('id')],
      },
    });
    // Operators fetch an admin token with their AWS credentials (AdminInitiateAuth); no plain
    // password flow, and no client secret (the token is pasted into a browser app).
    expect(client.body.explicit_auth_flows).toEqual([
      'ALLOW_USER_SRP_AUTH',
      'ALLOW_ADMIN_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
    expect(client.body.generate_secret).toBe(false);
    expect(pool.body.admin_create_user_config).toEqual({ allow_admin_create_user_only: true });
    const external = build({ issuer: 'https://login.example.com/', audience: ['dashboard'] });
    expect(resourcesOf(external.stack, 'aws_cognito_user_pool')).toEqual({});
    expect(external.json).toHaveResourceWithProperties(Apigatewayv2Authorizer, {
      jwt_configuration: { issuer: 'https://login.example.com/', audience: ['dashboard'] },
    });
  });

  it('throttles the stage and logs every request', () => {
    const { json, stack } = build();
    const logs = findResource(stack, 'aws_cloudwatch_log_group', { name: '/aws/apigateway/up-dev-http-api' });
    expect(json).toHaveResourceWithProperties(Apigatewayv2Stage, {
      name: '$default',
      auto_deploy: true,
      default_route_settings: { throttling_rate_limit: 20, throttling_burst_limit: 40 },
      access_log_settings: expect.objectContaining({ destination_arn: logs.ref('arn') }),
    });
    expect(logs.body.retention_in_days).toBe(14);
  });

  it('lets only this API invoke the handler', () => {
    const { json, stack } = build();
    const api = findResource(stack, 'aws_apigatewayv2_api', {});
    expect(json).toHaveResourceWithProperties(LambdaPermission, {
      principal: 'apigateway.amazonaws.com',
      action: 'lambda:InvokeFunction',
      source_arn: `${api.ref('execution_arn')}/*/*`,
    });
    expect(json).toHaveResourceWithProperties(Apigatewayv2Route, { route_key: 'GET /health' });
  });
});
