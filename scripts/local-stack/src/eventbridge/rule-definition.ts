import type { EventPattern } from './event-pattern';
import type { InputTransformer } from './input-transformer';

/**
 * A rule target in the PutTargets shape. The local bus delivers to SNS topics only; `Input`
 * (constant JSON text), `InputPath` and `InputTransformer` are mutually exclusive, as on AWS.
 */
export interface EventTargetDefinition {
  readonly Id: string;
  /** The SNS topic ARN. */
  readonly Arn: string;
  readonly Input?: string;
  readonly InputPath?: string;
  readonly InputTransformer?: InputTransformer;
}

/**
 * A rule as plain data in the PutRule/PutTargets shapes, so infra can declare the very same rules
 * (`EventPattern` is an object here; serialise it with JSON.stringify for the API).
 */
export interface EventRuleDefinition {
  readonly Name: string;
  /** @default 'default' */
  readonly EventBusName?: string;
  readonly Description?: string;
  readonly EventPattern: EventPattern;
  readonly Targets: readonly EventTargetDefinition[];
}
