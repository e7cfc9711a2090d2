import {
  cooldownWorkflow,
  IntegrationResource,
  listTaskIntegrations,
  orderWorkflow,
  PLACEHOLDER_REFS,
} from '../../src';

describe('listTaskIntegrations', () => {
  it('lists every task of the order workflow with its resource and parameters', () => {
    const integrations = listTaskIntegrations(orderWorkflow(PLACEHOLDER_REFS));
    const byResource = (resource: string) =>
      integrations
        .filter((integration) => integration.resource === resource)
        .map((integration) => integration.stateName);
    expect(byResource(IntegrationResource.lambdaInvoke)).toEqual(['Charge', 'LookUpCharge']);
    expect(byResource(IntegrationResource.dynamoGetItem)).toEqual(['ReadCircuit']);
    expect(byResource(IntegrationResource.sqsSendMessage)).toEqual(['SendToRetryQueue']);
    expect(byResource(IntegrationResource.startExecution)).toEqual(['StartCooldown']);
    expect(byResource(IntegrationResource.eventBridgePutEvents)).toEqual([
      'EmitOrderCompleted',
      'EmitOrderDeclined',
    ]);
    expect(byResource(IntegrationResource.snsPublish)).toEqual([
      'AlertCircuitClosed',
      'AlertCircuitOpened',
      'AlertCooldownNotStarted',
      'AlertOrderNotQueued',
      'AlertOrderFailed',
    ]);
    expect(byResource(IntegrationResource.dynamoUpdateItem)).toEqual([
      'ClaimProbe',
      'MarkOrderCompleted',
      'MarkOrderDeclined',
      'ResetFailures',
      'RecordProbeSuccess',
      'CloseCircuit',
      'ReleaseProbe',
      'CountGatewayFailure',
      'TripCircuit',
      'ReopenCircuit',
      'MarkOrderQueued',
      'MarkOrderFailed',
    ]);
    expect(integrations.find((integration) => integration.stateName === 'ReadCircuit')).toEqual({
      stateName: 'ReadCircuit',
      resource: 'arn:aws:states:::dynamodb:getItem',
      parameters: {
        TableName: PLACEHOLDER_REFS.circuitTableName,
        Key: { circuitId: { S: 'payment-gateway' } },
        ConsistentRead: true,
      },
    });
  });

  it('lists the cool-down tasks, which touch only the circuit table and the admin topic', () => {
    const integrations = listTaskIntegrations(cooldownWorkflow(PLACEHOLDER_REFS));
    expect(integrations.map(({ stateName, resource }) => [stateName, resource])).toEqual([
      ['OpenToHalfOpen', IntegrationResource.dynamoUpdateItem],
      ['AlertHalfOpenFailed', IntegrationResource.snsPublish],
      ['ReadProbe', IntegrationResource.dynamoGetItem],
      ['ClearStaleProbe', IntegrationResource.dynamoUpdateItem],
      ['AlertProbeWatchLimit', IntegrationResource.snsPublish],
    ]);
    const targets = new Set(
      integrations.map(({ parameters }) => parameters.TableName ?? parameters.TopicArn),
    );
    expect(targets).toEqual(new Set([PLACEHOLDER_REFS.circuitTableName, PLACEHOLDER_REFS.adminTopicArn]));
  });
});
