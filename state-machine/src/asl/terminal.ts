import type { InputOutputPaths, StateCommon } from './common';

export type SucceedState = { readonly Type: 'Succeed' } & StateCommon & InputOutputPaths;

export type FailState = { readonly Type: 'Fail' } & StateCommon & {
    readonly Error?: string;
    readonly Cause?: string;
  };

/** A Succeed state; the `Comment` says why the execution ends here. */
export function succeed(comment: string): SucceedState {
  return { Type: 'Succeed', Comment: comment };
}

/** A Fail state with a stable error name and a readable cause. */
export function fail(error: string, cause: string): FailState {
  return { Type: 'Fail', Error: error, Cause: cause };
}
