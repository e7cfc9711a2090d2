import { Construct } from 'constructs';
import { CloudwatchLogGroup, IamRole, IamRolePolicy, LambdaFunction } from '../aws';
import { AssetType, TerraformAsset } from '../cdktf';
import type { EnvironmentName, FunctionSettings, LogLevel } from '../config';
import { bundleDir } from '../functions/bundle';
import type { FunctionSpec } from '../functions/function-spec';
import { renderPolicy, serviceTrustPolicy } from '../iam/policy-document';
import { lambdaTracingStatement } from '../iam/wildcard-allow-list';
import type { ResourceNames } from '../naming';

/** Settings every function of a stack shares. */
export interface FunctionDefaults {
  readonly names: ResourceNames;
  readonly environment: EnvironmentName;
  readonly logLevel: LogLevel;
  readonly logRetentionDays: number;
  /** Where the service packages (and their bundles) live. */
  readonly servicesDir: string;
}

export interface ServiceFunctionProps<R> {
  readonly spec: FunctionSpec<R>;
  readonly refs: R;
  readonly settings: FunctionSettings;
  readonly defaults: FunctionDefaults;
}

/**
 * One Lambda service: its esbuild bundle zipped as an asset, Node.js 22 on arm64 with X-Ray
 * tracing, its own log group with retention, and a role holding only the spec's statements plus
 * log writing to that group.
 */
export class ServiceFunction<R> extends Construct {
  public readonly function: LambdaFunction;
  public readonly role: IamRole;
  public readonly logGroup: CloudwatchLogGroup;
  /** Absolute path of the bundled folder that was zipped. */
  public readonly bundleDir: string;

  constructor(scope: Construct, id: string, props: ServiceFunctionProps<R>) {
    super(scope, id);
    const { spec, refs, settings, defaults } = props;
    this.bundleDir = bundleDir(defaults.servicesDir, spec.id, spec.packageName);
    const asset = new TerraformAsset(this, 'bundle', { path: this.bundleDir, type: AssetType.ARCHIVE });
    const functionName = defaults.names.functionName(spec.service);
    this.logGroup = new CloudwatchLogGroup(this, 'logs', {
      name: defaults.names.functionLogGroup(spec.service),
      retentionInDays: defaults.logRetentionDays,
    });
    this.role = new IamRole(this, 'role', {
      name: `${functionName}-role`,
      assumeRolePolicy: serviceTrustPolicy('lambda.amazonaws.com'),
    });
    const policy = new IamRolePolicy(this, 'policy', {
      role: this.role.id,
      name: `${functionName}-policy`,
      policy: renderPolicy([
        {
          Sid: 'WriteOwnLogs',
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: `${this.logGroup.arn}:*`,
        },
        lambdaTracingStatement(),
        ...spec.statements(refs),
      ]),
    });
    this.function = new LambdaFunction(this, 'function', {
      functionName,
      description: spec.description,
      role: this.role.arn,
      runtime: 'nodejs22.x',
      architectures: ['arm64'],
      handler: 'handler.handler',
      filename: asset.path,
      // A hash of the bundle's content, so a rebuild with the same output does not redeploy.
      sourceCodeHash: asset.assetHash,
      memorySize: settings.memoryMb,
      timeout: settings.timeoutSeconds,
      tracingConfig: { mode: 'Active' },
      loggingConfig: { logFormat: 'Text', logGroup: this.logGroup.name },
      environment: {
        variables: {
          ENVIRONMENT: defaults.environment,
          POWERTOOLS_LOG_LEVEL: defaults.logLevel,
          ...spec.environment(refs),
        },
      },
      dependsOn: [this.logGroup, policy],
    });
  }
}
