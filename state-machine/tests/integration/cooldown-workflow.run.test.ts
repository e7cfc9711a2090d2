import type { CooldownWorkflowInput } from '@unstoppable/core';
import { cooldownWorkflow, PLACEHOLDER_REFS } from '../../src';
import { awsError, runLocally, type TaskStub } from '../support/run-locally';

const input = (consecutiveOpens: number): CooldownWorkflowInput => ({
  circuitId: 'payment-gateway',
  tripId: 'trip-1',
  consecutiveOpens,
});
const halfOpen = (owner?: string) => ({
  Item: {
    circuitId: { S: 'payment-gateway' },
    state: { S: 'HALF_OPEN' },
    tripId: { S: 'trip-1' },
    ...(owner === undefined ? {} : { probeOwner: { S: owner } }),
  },
});
/** Answers successive reads from a script; the last answer repeats. */
const reads = (...answers: unknown[]): TaskStub => {
  let index = 0;
  return () => answers[Math.min(index++, answers.length - 1)];
};
const ok: TaskStub = () => ({});

describe('cool-down workflow (aws-local-stepfunctions, stubbed integrations)', () => {
  it('waits the cool-down for the number of opens, half-opens, and ends when the circuit closes', async () => {
    const run = await runLocally(
      cooldownWorkflow(PLACEHOLDER_REFS),
      input(3),
      {
        OpenToHalfOpen: ok,
        ReadProbe: reads({
          Item: { circuitId: { S: 'payment-gateway' }, state: { S: 'CLOSED' } },
        }),
      },
      'trip-1',
    );
    expect(run.failure).toBeUndefined();
    expect(run.visited).toEqual([
      'PickCooldown',
      'CoolDown120s',
      'OpenToHalfOpen',
      'WaitProbeLease',
      'ReadProbe',
      'CheckProbe',
      'ProbeWatchEnded',
    ]);
    expect(run.calls.OpenToHalfOpen?.[0]).toMatchObject({
      Key: { circuitId: { S: 'payment-gateway' } },
      ExpressionAttributeValues: { ':tripId': { S: 'trip-1' }, ':me': { S: 'trip-1' } },
    });
  });

  it('caps the cool-down for many consecutive opens', async () => {
    const run = await runLocally(cooldownWorkflow(PLACEHOLDER_REFS), input(9), {
      OpenToHalfOpen: ok,
      ReadProbe: reads({}),
    });
    expect(run.visited.slice(0, 2)).toEqual(['PickCooldown', 'CoolDown300s']);
  });

  it('ends as superseded when a reset, a force-open or a newer trip got there first', async () => {
    const run = await runLocally(cooldownWorkflow(PLACEHOLDER_REFS), input(1), {
      OpenToHalfOpen: () => {
        throw awsError('DynamoDB.ConditionalCheckFailedException');
      },
    });
    expect(run.failure).toBeUndefined();
    expect(run.visited).toEqual(['PickCooldown', 'CoolDown30s', 'OpenToHalfOpen', 'Superseded']);
  });

  it('clears a probe owner seen unchanged one lease apart, conditioned on owner and trip', async () => {
    const run = await runLocally(cooldownWorkflow(PLACEHOLDER_REFS), input(1), {
      OpenToHalfOpen: ok,
      ReadProbe: reads(halfOpen('order-7'), halfOpen('order-7'), halfOpen(), {
        Item: { state: { S: 'OPEN' } },
      }),
      ClearStaleProbe: ok,
    });
    expect(run.visited.slice(3)).toEqual([
      'WaitProbeLease',
      'ReadProbe',
      'CheckProbe',
      'RememberProbeOwner',
      'WaitProbeLease',
      'ReadProbe',
      'CheckProbe',
      'ClearStaleProbe',
      'ForgetProbeOwner',
      'WaitProbeLease',
      'ReadProbe',
      'CheckProbe',
      'ForgetProbeOwner',
      'WaitProbeLease',
      'ReadProbe',
      'CheckProbe',
      'ProbeWatchEnded',
    ]);
    expect(run.calls.ClearStaleProbe?.[0]).toMatchObject({
      ExpressionAttributeValues: { ':owner': { S: 'order-7' }, ':tripId': { S: 'trip-1' } },
    });
  });

  it('does not clear an owner that changed between two reads', async () => {
    const run = await runLocally(cooldownWorkflow(PLACEHOLDER_REFS), input(1), {
      OpenToHalfOpen: ok,
      ReadProbe: reads(halfOpen('order-7'), halfOpen('order-8'), {}),
    });
    expect(run.calls.ClearStaleProbe).toBeUndefined();
    expect(run.visited.at(-1)).toBe('ProbeWatchEnded');
  });

  it('ends when the circuit carries another trip', async () => {
    const run = await runLocally(cooldownWorkflow(PLACEHOLDER_REFS), input(1), {
      OpenToHalfOpen: ok,
      ReadProbe: reads({ Item: { state: { S: 'HALF_OPEN' }, tripId: { S: 'trip-2' } } }),
    });
    expect(run.visited.slice(-2)).toEqual(['CheckProbe', 'ProbeWatchEnded']);
  });

  it('stops watching after probeWatchRounds and alerts the admins', async () => {
    const run = await runLocally(cooldownWorkflow(PLACEHOLDER_REFS, { probeWatchRounds: 3 }), input(1), {
      OpenToHalfOpen: ok,
      ReadProbe: reads(halfOpen()),
      AlertProbeWatchLimit: ok,
    });
    expect(run.calls.ReadProbe).toHaveLength(4);
    expect(run.visited.slice(-2)).toEqual(['AlertProbeWatchLimit', 'ProbeWatchStopped']);
    expect(String(run.calls.AlertProbeWatchLimit?.[0]?.Message)).toContain('after 3 probe leases');
  });

  it('alerts and fails when the circuit cannot be half-opened at all', async () => {
    const run = await runLocally(cooldownWorkflow(PLACEHOLDER_REFS), input(1), {
      OpenToHalfOpen: () => {
        throw awsError('DynamoDB.AmazonDynamoDBException');
      },
      AlertHalfOpenFailed: ok,
    });
    expect(run.calls.OpenToHalfOpen).toHaveLength(4);
    expect(run.visited.slice(-2)).toEqual(['AlertHalfOpenFailed', 'CooldownFailed']);
    expect(run.failure).toBeDefined();
  });
});
