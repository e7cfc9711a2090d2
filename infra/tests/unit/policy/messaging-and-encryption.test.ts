import { resourcesOf } from '../../support/fixtures';
import { type SynthesizedStack, synthStacks } from '../../support/stacks';

/** `${aws_sqs_queue.<id>.arn}` -> `<id>`. */
const queueIdIn = (text: string): string[] =>
  [...text.matchAll(/\$\{aws_sqs_queue\.([^.}]+)\.arn\}/g)].map((m) => m[1] as string);

describe('Queues, topics and tables', () => {
  let stacks: SynthesizedStack[];
  beforeAll(() => {
    stacks = synthStacks();
  });

  it('gives every queue a dead-letter queue, unless it is one (a redrive or on-failure target)', () => {
    for (const { stack } of stacks) {
      const queues = resourcesOf(stack, 'aws_sqs_queue');
      const deadLetterIds = new Set([
        ...Object.values(queues).flatMap((queue) =>
          queue.redrive_policy ? queueIdIn(String(queue.redrive_policy)) : [],
        ),
        ...Object.values(resourcesOf(stack, 'aws_lambda_function_event_invoke_config')).flatMap((config) =>
          queueIdIn(JSON.stringify(config.destination_config)),
        ),
      ]);
      expect(deadLetterIds.size).toBeGreaterThan(0);
      for (const [id, queue] of Object.entries(queues)) {
        const hasDlq = typeof queue.redrive_policy === 'string';
        expect({ queue: queue.name, ok: hasDlq || deadLetterIds.has(id) }).toEqual({
          queue: queue.name,
          ok: true,
        });
        expect({ queue: queue.name, both: hasDlq && deadLetterIds.has(id) }).toEqual({
          queue: queue.name,
          both: false,
        });
      }
    }
  });

  it('encrypts every queue', () => {
    for (const { stack } of stacks) {
      for (const queue of Object.values(resourcesOf(stack, 'aws_sqs_queue'))) {
        expect({
          queue: queue.name,
          encrypted: queue.sqs_managed_sse_enabled === true || !!queue.kms_master_key_id,
        }).toEqual({
          queue: queue.name,
          encrypted: true,
        });
      }
    }
  });

  it('encrypts every topic with a KMS key', () => {
    for (const { stack } of stacks) {
      const topics = Object.values(resourcesOf(stack, 'aws_sns_topic'));
      expect(topics).toHaveLength(2);
      for (const topic of topics)
        expect(String(topic.kms_master_key_id)).toMatch(/^\$\{aws_kms_key\..+\.arn\}$/);
    }
  });

  it('encrypts every table at rest with KMS', () => {
    for (const { stack } of stacks) {
      for (const table of Object.values(resourcesOf(stack, 'aws_dynamodb_table'))) {
        expect({ table: table.name, sse: table.server_side_encryption }).toEqual({
          table: table.name,
          sse: { enabled: true },
        });
      }
    }
  });

  it('protects prod tables from deletion, not dev ones', () => {
    for (const { environment, stack } of stacks) {
      for (const table of Object.values(resourcesOf(stack, 'aws_dynamodb_table'))) {
        expect(table.deletion_protection_enabled).toBe(environment === 'prod');
      }
    }
  });
});
