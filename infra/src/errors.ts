/**
 * Errors the infra app raises while building a stack. Each message says what is wrong and what
 * to do about it; subclasses set `name` and carry the offending value.
 */
export class InfraError extends Error {
  override readonly name: string = 'InfraError';
}

/** A stack config value is invalid. */
export class InfraConfigError extends InfraError {
  override readonly name = 'InfraConfigError';
  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`infra config ${field} ${problem}`);
  }
}

/** A Lambda bundle the stack packages is not on disk. */
export class MissingBundleError extends InfraError {
  override readonly name = 'MissingBundleError';
  constructor(
    readonly functionName: string,
    readonly bundlePath: string,
    readonly packageName: string,
  ) {
    super(
      `the ${functionName} bundle ${bundlePath} does not exist: run \`pnpm --filter ${packageName} bundle\` ` +
        '(or `pnpm turbo run build`) before synthesizing',
    );
  }
}

/** A bundle folder holds more than the bundle: it would all be zipped into the function. */
export class StrayBundleFilesError extends InfraError {
  override readonly name = 'StrayBundleFilesError';
  constructor(
    readonly functionName: string,
    readonly bundleDir: string,
    readonly strayFiles: readonly string[],
    readonly packageName: string,
  ) {
    super(
      `the ${functionName} bundle folder ${bundleDir} holds more than the bundle (${strayFiles.join(', ')}), ` +
        `and the whole folder is zipped into the function: run \`pnpm --filter ${packageName} bundle\`, which empties it first`,
    );
  }
}

/** A workflow Task names a resource the policy generator cannot map to an ARN. */
export class UnmappedTaskResourceError extends InfraError {
  override readonly name = 'UnmappedTaskResourceError';
  constructor(
    readonly state: string,
    readonly detail: string,
  ) {
    super(`cannot derive IAM permissions for Task "${state}": ${detail}`);
  }
}
