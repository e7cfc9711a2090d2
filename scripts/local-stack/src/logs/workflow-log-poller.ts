import { arnResourceName } from '../local-aws';
import type { ExecutionDescription, ExecutionEvent } from '../stepfunctions';
import { type WorkflowLogService, workflowOfStateMachine } from './log-groups';
import { historyEventType, historyLine, isLoggedAt, type WorkflowLogLevel } from './workflow-history-lines';

/** What the poller reads of the local executor (`LocalStepFunctions` fits). */
export interface WorkflowHistorySource {
  listExecutions(): ExecutionDescription[];
  getExecutionEvents(executionArn: string): readonly ExecutionEvent[];
}

/** One line a state machine would have written to its log group. */
export interface WorkflowLogLine {
  readonly workflow: WorkflowLogService;
  readonly stateMachineName: string;
  readonly timestamp: number;
  readonly message: string;
}

export interface WorkflowLogPollerOptions {
  /** Resource prefix: only state machines named `<prefix>-<workflow>` of the log contract are logged. */
  readonly prefix: string;
  readonly level: WorkflowLogLevel;
  readonly emit: (line: WorkflowLogLine) => void;
}

/**
 * Turns the local executor's execution logs into the lines the workflows' state machines write
 * to CloudWatch Logs on AWS. Each `poll` emits the events recorded since the previous one, so
 * every event is emitted once; a closed execution is read one last time, then never again.
 */
export class WorkflowLogPoller {
  /** Events already read, per execution still running. */
  readonly #read = new Map<string, number>();
  readonly #closed = new Set<string>();

  constructor(
    private readonly source: WorkflowHistorySource,
    private readonly options: WorkflowLogPollerOptions,
  ) {}

  poll(): void {
    if (this.options.level === 'OFF') return;
    for (const execution of this.source.listExecutions()) {
      const arn = execution.executionArn;
      if (this.#closed.has(arn)) continue;
      const stateMachineName = arnResourceName(execution.stateMachineArn);
      const workflow = workflowOfStateMachine(this.options.prefix, stateMachineName);
      // The status was read before the events: a closed execution's log is complete.
      const running = execution.status === 'RUNNING';
      if (workflow) this.#emitNew(arn, workflow, stateMachineName);
      if (running && workflow) continue;
      this.#read.delete(arn);
      this.#closed.add(arn);
    }
  }

  #emitNew(executionArn: string, workflow: WorkflowLogService, stateMachineName: string): void {
    const events = this.source.getExecutionEvents(executionArn);
    const from = this.#read.get(executionArn) ?? 0;
    for (let index = from; index < events.length; index++) {
      const event = events[index] as ExecutionEvent;
      const type = historyEventType(event);
      if (type === undefined || !isLoggedAt(this.options.level, type)) continue;
      this.options.emit({
        workflow,
        stateMachineName,
        timestamp: event.timestamp,
        message: historyLine(event, type, index + 1, executionArn),
      });
    }
    this.#read.set(executionArn, events.length);
  }
}
