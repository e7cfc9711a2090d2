import aslValidator from 'asl-validator';

/** asl-validator's verdict (it annotates its input, so it gets a JSON copy: structuredClone would hand it objects of another realm under jest). */
export function validateAsl(definition: unknown): { isValid: boolean; errors: string } {
  const result = aslValidator(JSON.parse(JSON.stringify(definition)), { checkPaths: true, checkArn: true });
  return { isValid: result.isValid, errors: result.errorsText('\n') };
}
