import { randomUUID } from 'node:crypto';
import { AwsServiceError, LocalStackConfigError } from '../errors';
import { jsonClone } from '../json';
import { type AwsLocation, eventBusArn, LOCAL_LOCATION, ruleArn } from '../local-aws';
import type { SnsTopics } from '../sns/topics';
import { matchesEventPattern, validateEventPattern } from './event-pattern';
import type { BusEvent, PutEventsRequestEntry, PutEventsResult, PutEventsResultEntry } from './event-types';
import { applyInputTransformer, readEventPath, validateInputTransformer } from './input-transformer';
import type { EventRuleDefinition, EventTargetDefinition } from './rule-definition';

interface StoredRule {
  readonly arn: string;
  readonly definition: EventRuleDefinition;
}

const DEFAULT_BUS = 'default';
const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * In-process EventBridge: buses, rules with event patterns, and targets that deliver the
 * (transformed) event text to SNS topics.
 */
export class LocalEventBridge {
  private readonly buses = new Map<string, StoredRule[]>([[DEFAULT_BUS, []]]);
  private readonly recent: BusEvent[] = [];
  private readonly failures: {
    readonly ruleName: string;
    readonly targetId: string;
    readonly error: string;
  }[] = [];
  private readonly location: AwsLocation;
  private readonly clock: () => number;

  constructor(
    private readonly topics: SnsTopics,
    options: {
      readonly clock?: () => number;
      readonly location?: AwsLocation;
      readonly historySize?: number;
    } = {},
  ) {
    this.location = options.location ?? LOCAL_LOCATION;
    this.clock = options.clock ?? Date.now;
    this.historySize = options.historySize ?? 1000;
  }

  private readonly historySize: number;

  /** CreateEventBus; returns its ARN. */
  createEventBus(name: string): string {
    if (!/^[A-Za-z0-9._-]{1,256}$/.test(name))
      throw new LocalStackConfigError('Name', `invalid event bus name "${name}"`);
    if (!this.buses.has(name)) this.buses.set(name, []);
    return eventBusArn(name, this.location);
  }

  /** PutRule + PutTargets in one call; replaces a rule of the same name on the same bus. */
  putRule(rule: EventRuleDefinition): string {
    const busName = this.busName(rule.EventBusName);
    const rules = this.buses.get(busName);
    if (!rules)
      throw new AwsServiceError(
        'EventBridge',
        'ResourceNotFoundException',
        `Event bus ${busName} does not exist.`,
        'EventBusName',
      );
    validateEventPattern(rule.EventPattern, `${rule.Name}.EventPattern`);
    for (const [index, target] of rule.Targets.entries())
      this.validateTarget(target, `${rule.Name}.Targets[${index}]`);
    const stored = { arn: ruleArn(busName, rule.Name, this.location), definition: jsonClone(rule) };
    const at = rules.findIndex((r) => r.definition.Name === rule.Name);
    if (at >= 0) rules[at] = stored;
    else rules.push(stored);
    return stored.arn;
  }

  /** PutEvents: each valid entry gets an EventId and goes to every matching rule's targets. */
  putEvents(request: { readonly Entries: readonly PutEventsRequestEntry[] }): PutEventsResult {
    const entries = request.Entries;
    if (!Array.isArray(entries) || entries.length < 1 || entries.length > 10) {
      throw new AwsServiceError(
        'EventBridge',
        'ValidationException',
        'Entries must hold 1 to 10 entries.',
        'Entries',
      );
    }
    const results = entries.map((entry) => this.putEvent(entry));
    return { Entries: results, FailedEntryCount: results.filter((r) => 'ErrorCode' in r).length };
  }

  /** Recent events, oldest first. */
  events(): readonly BusEvent[] {
    return [...this.recent];
  }

  /** Target deliveries that failed (the SNS publish was refused). */
  deliveryFailures(): readonly {
    readonly ruleName: string;
    readonly targetId: string;
    readonly error: string;
  }[] {
    return [...this.failures];
  }

  private putEvent(entry: PutEventsRequestEntry): PutEventsResultEntry {
    const missing = (['Source', 'DetailType', 'Detail'] as const).filter(
      (field) => typeof entry[field] !== 'string' || entry[field] === '',
    );
    if (missing.length > 0)
      return {
        ErrorCode: 'InvalidArgument',
        ErrorMessage: `Parameter(s) ${missing.join(', ')} could not be found.`,
      };
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail as string);
    } catch {
      detail = undefined;
    }
    if (typeof detail !== 'object' || detail === null || Array.isArray(detail)) {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is malformed.' };
    }
    const busName = this.busName(entry.EventBusName);
    const rules = this.buses.get(busName);
    if (!rules)
      return { ErrorCode: 'ResourceNotFoundException', ErrorMessage: `Event bus ${busName} does not exist.` };
    const event: BusEvent = {
      version: '0',
      id: randomUUID(),
      'detail-type': entry.DetailType as string,
      source: entry.Source as string,
      account: this.location.accountId,
      time: isoSeconds(entry.Time === undefined ? this.clock() : new Date(entry.Time).getTime()),
      region: this.location.region,
      resources: [...(entry.Resources ?? [])],
      detail: detail as Record<string, unknown>,
    };
    this.recent.push(event);
    if (this.recent.length > this.historySize) this.recent.splice(0, this.recent.length - this.historySize);
    for (const rule of rules) {
      if (matchesEventPattern(rule.definition.EventPattern, event)) this.deliver(rule, event);
    }
    return { EventId: event.id };
  }

  private deliver(rule: StoredRule, event: BusEvent): void {
    const ingestionTime = new Date(this.clock()).toISOString();
    for (const target of rule.definition.Targets) {
      const envelope = event as unknown as Record<string, unknown>;
      const message = target.InputTransformer
        ? applyInputTransformer(target.InputTransformer, envelope, {
            ruleArn: rule.arn,
            ruleName: rule.definition.Name,
            ingestionTime,
          })
        : (target.Input ??
          JSON.stringify(target.InputPath ? (readEventPath(envelope, target.InputPath) ?? null) : event));
      try {
        this.topics.publish({ TopicArn: target.Arn, Message: message });
      } catch (error) {
        this.failures.push({
          ruleName: rule.definition.Name,
          targetId: target.Id,
          error: (error as Error).message,
        });
      }
    }
  }

  private validateTarget(target: EventTargetDefinition, field: string): void {
    if (!this.topics.hasTopic(target.Arn)) {
      throw new LocalStackConfigError(
        `${field}.Arn`,
        `"${target.Arn}" is not a topic of the local SNS (the local bus targets SNS only)`,
      );
    }
    const inputs = [target.Input, target.InputPath, target.InputTransformer].filter((v) => v !== undefined);
    if (inputs.length > 1)
      throw new LocalStackConfigError(field, 'Input, InputPath and InputTransformer are mutually exclusive');
    if (target.InputTransformer)
      validateInputTransformer(target.InputTransformer, `${field}.InputTransformer`);
  }

  private busName(nameOrArn: string | undefined): string {
    if (nameOrArn === undefined) return DEFAULT_BUS;
    const match = /^arn:aws[a-z-]*:events:[^:]*:[^:]*:event-bus\/(.+)$/.exec(nameOrArn);
    return match?.[1] ?? nameOrArn;
  }
}
