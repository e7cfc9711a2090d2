import { cooldownWorkflow, PLACEHOLDER_REFS, type State, stateTransitions } from '../../src';
import { validateAsl } from '../support/validate';
import { stateOf } from '../support/walk';

const definition = cooldownWorkflow(PLACEHOLDER_REFS);

describe('cooldownWorkflow', () => {
  it('renders a definition asl-validator accepts', () => {
    expect(validateAsl(definition)).toEqual({ isValid: true, errors: '' });
  });

  it('needs only the circuit table and the admin topic', () => {
    const minimal = cooldownWorkflow({
      circuitTableName: 'circuit',
      adminTopicArn: 'arn:aws:sns:eu-west-1:1:alerts',
    });
    expect(Object.keys(minimal.States)).toEqual(Object.keys(definition.States));
  });

  it('picks a precomputed, growing and capped cool-down by consecutive opens', () => {
    expect(stateOf(definition, 'PickCooldown')).toEqual({
      Type: 'Choice',
      Choices: [
        { Not: { Variable: '$.consecutiveOpens', IsPresent: true }, Next: 'CoolDown30s' },
        { Not: { Variable: '$.consecutiveOpens', IsNumeric: true }, Next: 'CoolDown30s' },
        { Variable: '$.consecutiveOpens', NumericLessThanEquals: 1, Next: 'CoolDown30s' },
        { Variable: '$.consecutiveOpens', NumericLessThanEquals: 2, Next: 'CoolDown60s' },
        { Variable: '$.consecutiveOpens', NumericLessThanEquals: 3, Next: 'CoolDown120s' },
        { Variable: '$.consecutiveOpens', NumericLessThanEquals: 4, Next: 'CoolDown240s' },
        { Variable: '$.consecutiveOpens', NumericLessThanEquals: 5, Next: 'CoolDown300s' },
      ],
      Default: 'CoolDown300s',
    });
    expect(stateOf(definition, 'CoolDown240s')).toEqual({
      Type: 'Wait',
      Seconds: 240,
      Next: 'OpenToHalfOpen',
    });
  });

  it('half-opens only while the item carries this trip, else ends as superseded', () => {
    const halfOpen = stateOf(definition, 'OpenToHalfOpen');
    expect(halfOpen).toMatchObject({
      Resource: 'arn:aws:states:::dynamodb:updateItem',
      Parameters: {
        Key: { circuitId: { 'S.$': '$.circuitId' } },
        UpdateExpression: 'SET #state = :halfOpen, #updatedBy = :me',
        ConditionExpression: '#tripId = :tripId AND #state IN (:open, :halfOpen)',
        ExpressionAttributeValues: expect.objectContaining({ ':tripId': { 'S.$': '$.tripId' } }),
      },
      ResultSelector: { rounds: 0, lastOwner: '' },
      ResultPath: '$.watch',
      Catch: [
        {
          ErrorEquals: ['DynamoDB.ConditionalCheckFailedException'],
          ResultPath: '$.superseded',
          Next: 'Superseded',
        },
        { ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'AlertHalfOpenFailed' },
      ],
      Next: 'WaitProbeLease',
    });
    expect(stateOf(definition, 'Superseded').Type).toBe('Succeed');
  });

  it('clears a stale probe owner only if owner and trip are unchanged', () => {
    expect(stateOf(definition, 'ClearStaleProbe')).toMatchObject({
      Parameters: {
        UpdateExpression: 'REMOVE #probeOwner, #probeClaimedAt',
        ConditionExpression: '#state = :halfOpen AND #tripId = :tripId AND #probeOwner = :owner',
        ExpressionAttributeValues: expect.objectContaining({
          ':owner': { 'S.$': '$.circuit.Item.probeOwner.S' },
        }),
      },
    });
    expect(stateOf(definition, 'WaitProbeLease')).toEqual({ Type: 'Wait', Seconds: 60, Next: 'ReadProbe' });
  });

  it('bounds the watch loop: every cycle passes the round limit, and each round adds one', () => {
    const states = definition.States as Record<string, State<string>>;
    const cycleStates = new Set<string>();
    const visit = (name: string, path: string[]) => {
      if (path.includes(name)) {
        for (const member of path.slice(path.indexOf(name))) cycleStates.add(member);
        return;
      }
      for (const next of stateTransitions(states[name] as State<string>)) visit(next, [...path, name]);
    };
    visit(definition.StartAt, []);
    expect(cycleStates.has('CheckProbe')).toBe(true);
    expect(cycleStates.has('WaitProbeLease')).toBe(true);
    expect(stateOf(definition, 'CheckProbe')).toMatchObject({
      Choices: expect.arrayContaining([
        { Variable: '$.watch.rounds', NumericGreaterThanEquals: 60, Next: 'AlertProbeWatchLimit' },
      ]),
    });
    for (const name of ['ForgetProbeOwner', 'RememberProbeOwner']) {
      expect(stateOf(definition, name)).toMatchObject({
        Parameters: { 'rounds.$': 'States.MathAdd($.watch.rounds, 1)' },
        ResultPath: '$.watch',
        Next: 'WaitProbeLease',
      });
    }
  });

  it('follows the settings', () => {
    const custom = cooldownWorkflow(PLACEHOLDER_REFS, {
      cooldownSeconds: 2,
      cooldownCapSeconds: 5,
      probeLeaseSeconds: 40,
      probeWatchRounds: 3,
    });
    expect(Object.keys(custom.States).filter((name) => name.startsWith('CoolDown'))).toEqual([
      'CoolDown2s',
      'CoolDown4s',
      'CoolDown5s',
    ]);
    expect(stateOf(custom, 'WaitProbeLease')).toMatchObject({ Seconds: 40 });
    expect(validateAsl(custom).isValid).toBe(true);
  });

  it('refuses a blank circuit table name', () => {
    expect(() => cooldownWorkflow({ circuitTableName: '', adminTopicArn: 'arn' })).toThrow(
      'workflow ref circuitTableName must be a non-empty string',
    );
  });
});
