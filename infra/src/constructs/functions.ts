import { Construct } from 'constructs';
import { LambdaEventSourceMapping } from '../aws';
import type { FunctionId, StackConfig } from '../config';
import { InfraError } from '../errors';
import { APP_FUNCTION_SPECS } from '../functions/app-functions';
import type { AppFunctionRefs } from '../functions/function-spec';
import { type FunctionDefaults, ServiceFunction } from './service-function';

export interface FunctionsProps {
  readonly refs: AppFunctionRefs;
  readonly defaults: FunctionDefaults;
  readonly functions: StackConfig['functions'];
  readonly features: StackConfig['features'];
  readonly retryQueue: StackConfig['retryQueue'];
}

/**
 * The application functions of `APP_FUNCTION_SPECS` that are switched on, and the retry
 * handler's SQS event source (partial batch failures, capped concurrency).
 */
export class Functions extends Construct {
  /** The created functions by service folder; pending services are absent. */
  public readonly byId: Readonly<Partial<Record<FunctionId, ServiceFunction<AppFunctionRefs>>>>;
  public readonly paymentProcessor: ServiceFunction<AppFunctionRefs>;
  public readonly orderApi?: ServiceFunction<AppFunctionRefs>;
  public readonly retryHandler?: ServiceFunction<AppFunctionRefs>;
  public readonly retrySource?: LambdaEventSourceMapping;

  constructor(scope: Construct, id: string, props: FunctionsProps) {
    super(scope, id);
    const byId: Partial<Record<FunctionId, ServiceFunction<AppFunctionRefs>>> = {};
    for (const spec of APP_FUNCTION_SPECS.filter((candidate) => candidate.enabled(props.features))) {
      byId[spec.id] = new ServiceFunction(this, spec.id, {
        spec,
        refs: props.refs,
        settings: props.functions[spec.id],
        defaults: props.defaults,
      });
    }
    this.byId = byId;
    const paymentProcessor = byId['payment-processor'];
    if (!paymentProcessor)
      throw new InfraError(
        'APP_FUNCTION_SPECS must always enable payment-processor: the order workflow invokes it',
      );
    this.paymentProcessor = paymentProcessor;
    this.orderApi = byId['order-api'];
    this.retryHandler = byId['retry-handler'];
    if (this.retryHandler) {
      this.retrySource = new LambdaEventSourceMapping(this, 'retry-source', {
        eventSourceArn: props.refs.retryQueue.arn,
        functionName: this.retryHandler.function.arn,
        batchSize: props.retryQueue.batchSize,
        functionResponseTypes: ['ReportBatchItemFailures'],
        scalingConfig: { maximumConcurrency: props.retryQueue.maximumConcurrency },
      });
    }
  }
}
