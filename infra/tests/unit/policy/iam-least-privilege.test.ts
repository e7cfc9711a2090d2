import {
  KEY_POLICY_EXCEPTIONS,
  WILDCARD_ACTIONS,
  WILDCARD_RESOURCE_ACTIONS,
} from '../../../src/iam/wildcard-allow-list';
import { asList, policyDocuments } from '../../support/policy-documents';
import { type SynthesizedStack, synthStacks } from '../../support/stacks';

describe('IAM least privilege (invariant 6)', () => {
  let stacks: SynthesizedStack[];
  beforeAll(() => {
    stacks = synthStacks();
  });

  const statements = () =>
    stacks.flatMap(({ environment, stack }) =>
      policyDocuments(stack).flatMap((document) =>
        document.statements.map((statement) => ({ ...document, statement, environment })),
      ),
    );

  it('finds the policies of every role, topic, bucket and key', () => {
    const kinds = new Set(statements().map(({ kind }) => kind));
    expect([...kinds].sort()).toEqual(['identity', 'key', 'resource', 'trust']);
  });

  it('grants no wildcard action, except the allow-listed ones and the account root administering a key', () => {
    const offenders = statements().filter(({ statement, kind }) => {
      const wildcard = asList(statement.Action).filter(
        (action) => action.includes('*') && WILDCARD_ACTIONS[action] === undefined,
      );
      if (wildcard.length === 0) return false;
      const rootAdmin =
        kind === 'key' && asList(statement.Principal?.AWS).every((principal) => principal.endsWith(':root'));
      return !(rootAdmin && wildcard.every((action) => action === 'kms:*'));
    });
    expect(offenders.map(({ where, statement }) => `${where}: ${JSON.stringify(statement.Action)}`)).toEqual(
      [],
    );
    expect(KEY_POLICY_EXCEPTIONS.rootAdministration).toMatch(/root/);
    for (const reason of Object.values(WILDCARD_ACTIONS)) expect(reason.length).toBeGreaterThan(20);
  });

  it('grants "*" resources only to the allow-listed actions, each with its reason', () => {
    const offenders = statements().filter(({ statement, kind }) => {
      if (!asList(statement.Resource).includes('*')) return false;
      if (kind === 'key') return false; // in a key policy "*" is the key itself
      return asList(statement.Action).some((action) => !WILDCARD_RESOURCE_ACTIONS[action]);
    });
    expect(offenders.map(({ where, statement }) => `${where}: ${JSON.stringify(statement.Action)}`)).toEqual(
      [],
    );
    for (const reason of Object.values(WILDCARD_RESOURCE_ACTIONS)) expect(reason.length).toBeGreaterThan(20);
  });

  it('never allows a resource pattern that spans accounts or services', () => {
    const offenders = statements().filter(({ statement }) =>
      asList(statement.Resource).some(
        (resource) => resource !== '*' && /^arn:[^:]*:[^:]*:[^:]*:\*/.test(resource),
      ),
    );
    expect(offenders.map(({ where }) => where)).toEqual([]);
  });

  it('gives every trust policy a single service principal and no resource', () => {
    for (const { statement, where } of statements().filter(({ kind }) => kind === 'trust')) {
      expect({ where, resource: statement.Resource, action: statement.Action }).toEqual({
        where,
        resource: undefined,
        action: 'sts:AssumeRole',
      });
      expect(typeof statement.Principal?.Service).toBe('string');
    }
  });
});
