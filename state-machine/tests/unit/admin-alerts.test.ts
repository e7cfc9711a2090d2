import { ADMIN_ALERT_KINDS, ALERT_KIND_ATTRIBUTE } from '@unstoppable/core';
import {
  cooldownWorkflow,
  IntegrationResource,
  listTaskIntegrations,
  orderWorkflow,
  type PayloadTemplate,
  PLACEHOLDER_REFS,
  type StateMachineDefinition,
} from '../../src';

const publishesOf = (definition: StateMachineDefinition) =>
  listTaskIntegrations(definition).filter(({ resource }) => resource === IntegrationResource.snsPublish);

/** The `alertKind` attribute of a publish's parameters, as SNS's Publish API takes it. */
const alertKindAttribute = (parameters: PayloadTemplate) =>
  (parameters.MessageAttributes as Record<string, unknown> | undefined)?.[ALERT_KIND_ATTRIBUTE] as
    | { DataType?: unknown; StringValue?: unknown }
    | undefined;

describe('admin alerts', () => {
  const workflows = [
    ['order', orderWorkflow(PLACEHOLDER_REFS)],
    ['cool-down', cooldownWorkflow(PLACEHOLDER_REFS)],
  ] as const;

  it.each(workflows)(
    'every publish of the %s workflow goes to the admin topic with a known alertKind',
    (_, definition) => {
      const publishes = publishesOf(definition);
      expect(publishes.length).toBeGreaterThan(0);
      for (const { stateName, parameters } of publishes) {
        expect([stateName, parameters.TopicArn]).toEqual([stateName, PLACEHOLDER_REFS.adminTopicArn]);
        expect(Object.keys(parameters.MessageAttributes ?? {})).toEqual([ALERT_KIND_ATTRIBUTE]);
        const attribute = (parameters.MessageAttributes as Record<string, Record<string, unknown>>)[
          ALERT_KIND_ATTRIBUTE
        ];
        expect(attribute).toEqual({ DataType: 'String', StringValue: expect.any(String) });
        expect(ADMIN_ALERT_KINDS).toContain(attribute?.StringValue);
      }
    },
  );

  it('tells each alert apart by its kind, and every kind is sent by some alert', () => {
    const kinds = Object.fromEntries(
      workflows.flatMap(([, definition]) =>
        publishesOf(definition).map(({ stateName, parameters }) => [
          stateName,
          alertKindAttribute(parameters)?.StringValue,
        ]),
      ),
    );
    expect(kinds).toEqual({
      AlertCircuitOpened: 'CircuitOpened',
      AlertCircuitClosed: 'CircuitClosed',
      AlertCooldownNotStarted: 'CooldownNotStarted',
      AlertOrderNotQueued: 'OrderNotQueued',
      AlertOrderFailed: 'OrderFailed',
      AlertHalfOpenFailed: 'HalfOpenFailed',
      AlertProbeWatchLimit: 'ProbeWatchStopped',
    });
    expect(new Set(Object.values(kinds))).toEqual(new Set(ADMIN_ALERT_KINDS));
  });

  it.each(workflows)(
    'sends the kind as a constant, never a path that could fail at run time (%s)',
    (_, definition) => {
      for (const { parameters } of publishesOf(definition)) {
        expect(JSON.stringify(parameters.MessageAttributes)).not.toContain('.$');
      }
    },
  );
});
