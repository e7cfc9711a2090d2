import { DescribeExecutionCommand, type SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { orderExecutionName, orderWorkflowInput, type WorkflowOrder } from '@unstoppable/core';

export type StartOutcome = 'started' | 'already-started';

/**
 * Starts the order workflow for one attempt of an order (Step Functions `StartExecution`), named
 * `orderExecutionName(orderId, attempt)` so a repeated start can never run an attempt twice.
 */
export class OrderWorkflowStarter {
  constructor(
    private readonly sfn: SFNClient,
    private readonly stateMachineArn: string,
  ) {}

  /** ARN of an execution of this state machine (`...:stateMachine:<sm>` -> `...:execution:<sm>:<name>`). */
  executionArn(executionName: string): string {
    return `${this.stateMachineArn.replace(':stateMachine:', ':execution:')}:${executionName}`;
  }

  /**
   * Starts the attempt unless its execution already exists (DescribeExecution first): used when a
   * client repeats a submission, so a replay costs a read, not a second start.
   */
  async ensureStarted(order: WorkflowOrder): Promise<StartOutcome> {
    try {
      await this.sfn.send(
        new DescribeExecutionCommand({
          executionArn: this.executionArn(orderExecutionName(order.orderId, order.attempt)),
        }),
      );
      return 'already-started';
    } catch (error) {
      if ((error as Error)?.name !== 'ExecutionDoesNotExist') throw error;
    }
    return this.start(order);
  }

  async start(order: WorkflowOrder): Promise<StartOutcome> {
    try {
      await this.sfn.send(
        new StartExecutionCommand({
          stateMachineArn: this.stateMachineArn,
          name: orderExecutionName(order.orderId, order.attempt),
          input: JSON.stringify(orderWorkflowInput(order)),
        }),
      );
      return 'started';
    } catch (error) {
      // The execution of this attempt exists (running with other input, or finished): it was started.
      if ((error as Error)?.name === 'ExecutionAlreadyExists') return 'already-started';
      throw error;
    }
  }
}
