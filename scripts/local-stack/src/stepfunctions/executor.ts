import { randomUUID } from 'node:crypto';
import { AwsServiceError, LocalStackConfigError } from '../errors';
import type { JsonValue } from '../json';
import { type AwsLocation, executionArn, LOCAL_LOCATION } from '../local-aws';
import {
  describeRecord,
  type ExecutionDescription,
  type ExecutionEvent,
  type ExecutionRecord,
  type ExecutionStatus,
} from './execution-record';
import { parseExecutionInput, requireExecutionName } from './execution-request';
import { runExecution } from './execution-runner';
import { LambdaRegistry } from './lambda-registry';
import {
  prepareStateMachine,
  type RegisteredMachine,
  type StateMachineRegistration,
} from './registered-machine';
import type { TaskServices } from './task-adapters/resolve-task-adapter';
import type { TaskInterceptor } from './task-interceptor';
import { requireTimeScale } from './time-scaling';
import { within } from './within';

/** Options of {@link LocalStepFunctions}. */
export interface LocalStepFunctionsOptions {
  /** The emulated services Task states may call. */
  readonly services?: Omit<TaskServices, 'lambdas' | 'stepFunctions'>;
  /** Where Lambda handlers are registered. @default a new registry */
  readonly lambdas?: LambdaRegistry;
  /** Multiplies every Wait `Seconds` and Retry interval (0.01 turns 30 s into 0.3 s). @default 1 */
  readonly timeScale?: number;
  /** Keep each state's input/output in the event log. @default false */
  readonly eventData?: boolean;
  readonly location?: AwsLocation;
  /** Interceptors of every Task call, outermost first (more can be added with {@link LocalStepFunctions.interceptTasks}). */
  readonly taskInterceptors?: readonly TaskInterceptor[];
}

/** StartExecution's request: `input` is JSON text (as the API takes it) or any JSON value. */
export interface StartExecutionRequest {
  readonly stateMachineArn: string;
  /** @default a UUID */
  readonly name?: string;
  /** @default {} */
  readonly input?: JsonValue | string;
}

const DEFAULT_WAIT_MS = 60_000;

/**
 * Runs Step Functions definitions locally with aws-local-stepfunctions. Every Task resource is
 * served by a local adapter (DynamoDB via dynalite, Lambda handlers in-process, SQS/SNS/EventBridge
 * emulations, nested StartExecution), executions get the context object AWS gives, and names are
 * unique per state machine with StartExecution's idempotency rules.
 */
export class LocalStepFunctions {
  readonly lambdas: LambdaRegistry;
  private readonly machines = new Map<string, RegisteredMachine>();
  private readonly executions = new Map<string, ExecutionRecord>();
  private readonly tasks = new Set<Promise<unknown>>();
  private interceptors: readonly TaskInterceptor[];
  private readonly timeScale: number;
  private readonly location: AwsLocation;
  private ended = false;

  constructor(private readonly options: LocalStepFunctionsOptions = {}) {
    this.timeScale = requireTimeScale(options.timeScale ?? 1);
    this.location = options.location ?? LOCAL_LOCATION;
    this.lambdas = options.lambdas ?? new LambdaRegistry(this.location);
    this.interceptors = [...(options.taskInterceptors ?? [])];
  }

  /**
   * Adds an interceptor of every Task call from now on, including calls of executions already
   * running (inside the ones added before it). Returns a function that removes it again.
   * Meant for observing calls and injecting faults in drills and tests.
   */
  interceptTasks(interceptor: TaskInterceptor): () => void {
    this.interceptors = [...this.interceptors, interceptor];
    return () => {
      this.interceptors = this.interceptors.filter((added) => added !== interceptor);
    };
  }

  /**
   * Registers (or replaces, like UpdateStateMachine) a state machine. Fails at once for invalid
   * definitions, resources the executor does not emulate, and waits a time scale cannot shorten.
   */
  registerStateMachine(registration: StateMachineRegistration): string {
    const services: TaskServices = { ...this.options.services, lambdas: this.lambdas, stepFunctions: this };
    const machine = prepareStateMachine(registration, services, this.timeScale);
    this.machines.set(machine.arn, machine);
    return machine.arn;
  }

  /**
   * StartExecution: returns at once while the execution runs in the background. A name already
   * used by this state machine returns the existing execution when it is still running with the
   * same input, and fails with `ExecutionAlreadyExists` otherwise, as for Standard workflows.
   */
  startExecution(request: StartExecutionRequest): {
    readonly executionArn: string;
    readonly startDate: Date;
  } {
    if (this.ended) throw new LocalStackConfigError('startExecution', 'the executor has ended');
    const machine = this.machines.get(request.stateMachineArn);
    if (!machine) {
      throw new AwsServiceError(
        'StepFunctions',
        'StateMachineDoesNotExist',
        `State Machine Does Not Exist: '${request.stateMachineArn}'`,
        'stateMachineArn',
      );
    }
    const name = requireExecutionName(request.name ?? randomUUID());
    const { text, value } = parseExecutionInput(request.input);
    const arn = executionArn(machine.name, name, this.location);
    const existing = this.executions.get(arn);
    if (existing) {
      if (existing.status === 'RUNNING' && existing.input === text) {
        return { executionArn: existing.executionArn, startDate: existing.startDate };
      }
      throw new AwsServiceError(
        'StepFunctions',
        'ExecutionAlreadyExists',
        `Execution Already Exists: '${arn}'`,
        'name',
      );
    }
    const record: ExecutionRecord = {
      executionArn: arn,
      stateMachineArn: machine.arn,
      name,
      startDate: new Date(),
      input: text,
      status: 'RUNNING',
      events: [],
      stopRequested: false,
      abort: () => undefined,
      done: Promise.resolve(),
    };
    this.executions.set(arn, record);
    runExecution(record, machine, value, {
      roleArn: `arn:aws:iam::${this.location.accountId}:role/${machine.name}-role`,
      keepEventData: this.options.eventData ?? false,
      clock: Date.now,
      trackTask: (task) => this.track(task),
      interceptors: () => this.interceptors,
    });
    return { executionArn: arn, startDate: record.startDate };
  }

  /** DescribeExecution. */
  describeExecution(executionArn: string): ExecutionDescription {
    return describeRecord(this.record(executionArn));
  }

  /** The execution's event log (states entered with name and type, retries, catches, ...). */
  getExecutionEvents(executionArn: string): readonly ExecutionEvent[] {
    return [...this.record(executionArn).events];
  }

  /** ListExecutions, newest first. */
  listExecutions(
    filter: { readonly stateMachineArn?: string; readonly statusFilter?: ExecutionStatus } = {},
  ): ExecutionDescription[] {
    return [...this.executions.values()]
      .filter((r) => filter.stateMachineArn === undefined || r.stateMachineArn === filter.stateMachineArn)
      .filter((r) => filter.statusFilter === undefined || r.status === filter.statusFilter)
      .reverse()
      .map(describeRecord);
  }

  /** Resolves with the description once the execution is no longer RUNNING. */
  async waitForExecution(
    executionArn: string,
    options: { readonly timeoutMs?: number } = {},
  ): Promise<ExecutionDescription> {
    const record = this.record(executionArn);
    await within(record.done, options.timeoutMs ?? DEFAULT_WAIT_MS, `execution ${executionArn}`);
    return describeRecord(record);
  }

  /** How many executions are running now. */
  runningExecutions(): number {
    let running = 0;
    for (const record of this.executions.values()) if (record.status === 'RUNNING') running += 1;
    return running;
  }

  /** Resolves once no execution is running, including executions started meanwhile. */
  async waitForIdle(options: { readonly timeoutMs?: number } = {}): Promise<void> {
    const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_WAIT_MS);
    for (;;) {
      const running = [...this.executions.values()].filter((r) => r.status === 'RUNNING');
      if (running.length === 0) return;
      await within(Promise.all(running.map((r) => r.done)), deadline - Date.now(), 'running executions');
    }
  }

  /** StopExecution: the execution ends ABORTED with the given error and cause. */
  async stopExecution(
    executionArn: string,
    details: { readonly error?: string; readonly cause?: string } = {},
  ): Promise<void> {
    const record = this.record(executionArn);
    if (record.status !== 'RUNNING') return;
    record.stopRequested = true;
    record.error = details.error;
    record.cause = details.cause;
    record.abort();
    await record.done;
  }

  /**
   * Stops accepting executions, lets running ones finish for up to `graceMs`, aborts the rest,
   * then waits for every Task call still in flight, so services can be shut down after it.
   */
  async end(options: { readonly graceMs?: number } = {}): Promise<void> {
    this.ended = true;
    const running = () => [...this.executions.values()].filter((r) => r.status === 'RUNNING');
    if ((options.graceMs ?? 0) > 0) {
      await within(Promise.all(running().map((r) => r.done)), options.graceMs ?? 0, 'graceful end').catch(
        () => undefined,
      );
    }
    for (const record of running()) {
      record.stopRequested = true;
      record.abort();
    }
    await Promise.all([...this.executions.values()].map((r) => r.done));
    while (this.tasks.size > 0) await Promise.allSettled([...this.tasks]);
  }

  private record(executionArn: string): ExecutionRecord {
    const record = this.executions.get(executionArn);
    if (!record) {
      throw new AwsServiceError(
        'StepFunctions',
        'ExecutionDoesNotExist',
        `Execution Does Not Exist: '${executionArn}'`,
        'executionArn',
      );
    }
    return record;
  }

  private track(task: Promise<unknown>): void {
    const settled = task.then(
      () => undefined,
      () => undefined,
    );
    this.tasks.add(settled);
    void settled.then(() => this.tasks.delete(settled));
  }
}
