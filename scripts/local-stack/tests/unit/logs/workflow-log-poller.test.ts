import { executionArn, stateMachineArn } from '../../../src/local-aws';
import { type WorkflowHistorySource, type WorkflowLogLine, WorkflowLogPoller } from '../../../src/logs';
import type { ExecutionDescription, ExecutionEvent, ExecutionStatus } from '../../../src/stepfunctions';

/** A stand-in for the executor whose executions the test drives. */
class FakeExecutor implements WorkflowHistorySource {
  readonly executions = new Map<string, { description: ExecutionDescription; events: ExecutionEvent[] }>();
  reads = 0;

  start(machine: string, name: string): string {
    const arn = executionArn(machine, name);
    const description = {
      executionArn: arn,
      stateMachineArn: stateMachineArn(machine),
      name,
      status: 'RUNNING' as ExecutionStatus,
      startDate: new Date(0),
      input: '{}',
    };
    this.executions.set(arn, { description, events: [{ type: 'ExecutionStarted', timestamp: 1 }] });
    return arn;
  }

  record(arn: string, event: ExecutionEvent, status?: ExecutionStatus): void {
    const execution = this.executions.get(arn);
    if (!execution) throw new Error(arn);
    execution.events.push(event);
    if (status) execution.description = { ...execution.description, status };
  }

  listExecutions(): ExecutionDescription[] {
    return [...this.executions.values()].map((e) => e.description);
  }

  getExecutionEvents(arn: string): readonly ExecutionEvent[] {
    this.reads++;
    return [...(this.executions.get(arn)?.events ?? [])];
  }
}

function poller(level: 'ALL' | 'ERROR' | 'FATAL' | 'OFF' = 'ALL') {
  const executor = new FakeExecutor();
  const lines: WorkflowLogLine[] = [];
  const instance = new WorkflowLogPoller(executor, {
    prefix: 'local',
    level,
    emit: (line) => lines.push(line),
  });
  const types = () => lines.map((line) => JSON.parse(line.message).type as string);
  return { executor, lines, instance, types };
}

describe('WorkflowLogPoller', () => {
  it('emits each event of a running execution once, across polls, with its 1-based id', () => {
    const { executor, lines, instance, types } = poller();
    const arn = executor.start('local-order-workflow', 'ord-1');
    instance.poll();
    executor.record(arn, { type: 'StateEntered', timestamp: 2, stateName: 'Charge', stateType: 'Task' });
    instance.poll();
    instance.poll();
    expect(types()).toEqual(['ExecutionStarted', 'TaskStateEntered']);
    expect(lines.map((line) => JSON.parse(line.message).id)).toEqual(['1', '2']);
    expect(lines[1]).toMatchObject({
      workflow: 'order-workflow',
      stateMachineName: 'local-order-workflow',
      timestamp: 2,
    });
  });

  it('reads a closed execution one last time, then never again', () => {
    const { executor, instance, types } = poller();
    const arn = executor.start('local-cooldown-workflow', 'trip-1');
    instance.poll();
    executor.record(arn, { type: 'ExecutionSucceeded', timestamp: 3 }, 'SUCCEEDED');
    instance.poll();
    const reads = executor.reads;
    instance.poll();
    expect(executor.reads).toBe(reads);
    expect(types()).toEqual(['ExecutionStarted', 'ExecutionSucceeded']);
  });

  it('ignores state machines that are not a workflow of the log contract under the prefix', () => {
    const { executor, lines, instance } = poller();
    executor.start('dev-order-workflow', 'a');
    executor.start('local-something-else', 'b');
    instance.poll();
    instance.poll();
    expect(lines).toEqual([]);
    expect(executor.reads).toBe(0);
  });

  it('emits only what the log level logs', () => {
    const { executor, instance, types } = poller('ERROR');
    const arn = executor.start('local-order-workflow', 'ord-2');
    executor.record(arn, {
      type: 'StateFailed',
      timestamp: 2,
      stateName: 'Charge',
      stateType: 'Task',
      error: 'E',
    });
    executor.record(arn, { type: 'ExecutionFailed', timestamp: 3, error: 'E', cause: 'c' }, 'FAILED');
    instance.poll();
    expect(types()).toEqual(['TaskFailed', 'ExecutionFailed']);
  });

  it('reads nothing at OFF', () => {
    const { executor, lines, instance } = poller('OFF');
    executor.start('local-order-workflow', 'ord-3');
    instance.poll();
    expect(lines).toEqual([]);
    expect(executor.reads).toBe(0);
  });
});
