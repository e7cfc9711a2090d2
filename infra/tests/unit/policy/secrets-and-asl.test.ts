import aslValidator from 'asl-validator';
import { resourcesOf } from '../../support/fixtures';
import { type SynthesizedStack, synthStacks } from '../../support/stacks';

/** Shapes of credentials that must never be in Terraform (invariant 7). */
const SECRET_SHAPES: readonly RegExp[] = [
  /AKIA[0-9A-Z]{16}/, // AWS access key id
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /"(password|bearerToken|secret_string|secret_binary)"\s*:/i,
  /glc_[A-Za-z0-9+/=]{20,}/, // Grafana Cloud token
  /\b4[0-9]{12}(?:[0-9]{3})?\b/, // a Visa-like card number
];

describe('Secrets (invariant 7)', () => {
  let stacks: SynthesizedStack[];
  beforeAll(() => {
    stacks = synthStacks();
  });

  it('declares the Loki secret but never a secret version', () => {
    for (const { stack } of stacks) {
      expect(Object.keys(resourcesOf(stack, 'aws_secretsmanager_secret'))).toHaveLength(1);
      expect(resourcesOf(stack, 'aws_secretsmanager_secret_version')).toEqual({});
    }
  });

  it('holds nothing shaped like a credential anywhere in the synthesized JSON', () => {
    for (const { json } of stacks) {
      for (const shape of SECRET_SHAPES) expect(json).not.toMatch(shape);
    }
  });

  it('passes no credential to a function through its environment', () => {
    for (const { stack } of stacks) {
      for (const fn of Object.values(resourcesOf(stack, 'aws_lambda_function'))) {
        const variables = (fn.environment as { variables: Record<string, string> }).variables;
        for (const name of Object.keys(variables))
          expect(name).not.toMatch(/PASSWORD|TOKEN|API_KEY|SECRET(?!_ARN)/);
      }
    }
  });
});

describe('Embedded workflows', () => {
  it('pass asl-validator with path and ARN checks', () => {
    for (const { stack } of synthStacks()) {
      const machines = Object.values(resourcesOf(stack, 'aws_sfn_state_machine'));
      expect(machines).toHaveLength(2);
      for (const machine of machines) {
        const result = aslValidator(JSON.parse(String(machine.definition)), {
          checkPaths: true,
          checkArn: true,
        });
        expect({ name: machine.name, errors: result.isValid ? '' : result.errorsText('\n') }).toEqual({
          name: machine.name,
          errors: '',
        });
      }
    }
  });
});
