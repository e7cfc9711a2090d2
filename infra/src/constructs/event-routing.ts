import { orderNotificationRules } from '@unstoppable/local-stack/src/eventbridge/rules';
import { Construct } from 'constructs';
import { CloudwatchEventBus, CloudwatchEventRule, CloudwatchEventTarget } from '../aws';
import type { ResourceNames } from '../naming';

export interface EventRoutingProps {
  readonly names: ResourceNames;
  readonly customerTopicArn: string;
}

/**
 * The payments event bus and its rules. The rules are the very definitions the local stack
 * runs (`orderNotificationRules`), declared here with the bus name and topic ARN of the stack.
 */
export class EventRouting extends Construct {
  public readonly bus: CloudwatchEventBus;
  /** Rules by their stable definition name. */
  public readonly rules: Readonly<Record<string, CloudwatchEventRule>>;

  constructor(scope: Construct, id: string, props: EventRoutingProps) {
    super(scope, id);
    this.bus = new CloudwatchEventBus(this, 'bus', { name: props.names.eventBus });
    const rules: Record<string, CloudwatchEventRule> = {};
    for (const definition of orderNotificationRules({
      eventBusName: this.bus.name,
      customerTopicArn: props.customerTopicArn,
    })) {
      const rule = new CloudwatchEventRule(this, definition.Name, {
        name: definition.Name,
        eventBusName: definition.EventBusName,
        description: definition.Description,
        eventPattern: JSON.stringify(definition.EventPattern),
      });
      for (const target of definition.Targets) {
        new CloudwatchEventTarget(this, `${definition.Name}-${target.Id}`, {
          rule: rule.name,
          eventBusName: definition.EventBusName,
          targetId: target.Id,
          arn: target.Arn,
          input: target.Input,
          inputPath: target.InputPath,
          inputTransformer: target.InputTransformer && {
            inputPaths: target.InputTransformer.InputPathsMap,
            inputTemplate: target.InputTransformer.InputTemplate,
          },
        });
      }
      rules[definition.Name] = rule;
    }
    this.rules = rules;
  }
}
