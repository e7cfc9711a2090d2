import {
  choice,
  combineStates,
  defineStateMachine,
  InvalidStateMachineError,
  pass,
  stateTransitions,
  stringEquals,
  succeed,
  task,
  when,
} from '../../src';

const done = succeed('done');

describe('defineStateMachine', () => {
  it('returns a definition whose transitions all name existing states', () => {
    const definition = defineStateMachine({
      StartAt: 'Start',
      States: {
        Start: pass({ Next: 'Route' }),
        Route: choice({ Choices: [when(stringEquals('$.kind', 'a'), 'Work')], Default: 'Done' }),
        Work: task({
          Resource: 'arn:aws:states:::sqs:sendMessage',
          Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Done' }],
          Next: 'Done',
        }),
        Done: done,
      },
    });
    expect(definition.States.Route).toEqual({
      Type: 'Choice',
      Choices: [{ Variable: '$.kind', StringEquals: 'a', Next: 'Work' }],
      Default: 'Done',
    });
  });

  it('rejects a dangling Next at compile time and at run time', () => {
    expect(() =>
      defineStateMachine({
        StartAt: 'Start',
        States: {
          // @ts-expect-error Nowhere is not a state of this machine
          Start: pass({ Next: 'Nowhere' }),
        },
      }),
    ).toThrow(new InvalidStateMachineError('Start', 'transitions to missing state "Nowhere"'));
  });

  it('rejects a dangling StartAt at compile time and at run time', () => {
    // @ts-expect-error Begin is not a state of this machine
    expect(() => defineStateMachine({ StartAt: 'Begin', States: { Done: done } })).toThrow(
      'is the StartAt state but is not defined',
    );
  });

  it('rejects a dangling Catch Next, Choice rule Next and Default at compile time', () => {
    const build = () =>
      defineStateMachine({
        StartAt: 'Work',
        States: {
          // @ts-expect-error Recover is not a state of this machine
          Work: task({
            Resource: 'arn:aws:states:::sqs:sendMessage',
            Catch: [{ ErrorEquals: ['X'], Next: 'Recover' }],
            End: true,
          }),
          // @ts-expect-error Elsewhere is not a state of this machine
          Route: choice({ Choices: [when(stringEquals('$.a', 'b'), 'Elsewhere')], Default: 'Work' }),
          // @ts-expect-error Otherwise is not a state of this machine
          Fallback: choice({ Choices: [when(stringEquals('$.a', 'b'), 'Work')], Default: 'Otherwise' }),
        },
      });
    expect(build).toThrow(InvalidStateMachineError);
  });

  it('rejects a dangling name across combined groups at compile time', () => {
    const first = { Start: pass({ Next: 'Middle' }) };
    const second = { Middle: pass({ Next: 'Finish' }) };
    // @ts-expect-error Finish is defined by neither group
    expect(() => defineStateMachine({ StartAt: 'Start', States: combineStates(first, second) })).toThrow(
      'transitions to missing state "Finish"',
    );
  });

  it('rejects states that cannot be reached from StartAt', () => {
    expect(() =>
      defineStateMachine({ StartAt: 'Done', States: { Done: done, Orphan: pass({ Next: 'Done' }) } }),
    ).toThrow(new InvalidStateMachineError('Orphan', 'is not reachable from "Done"'));
  });

  it('rejects state names longer than AWS allows', () => {
    const long = 'S'.repeat(81);
    expect(() => defineStateMachine({ StartAt: long, States: { [long]: done } })).toThrow(
      'name must be 1-80 characters',
    );
  });
});

describe('combineStates', () => {
  it('merges groups, keeping template-literal names in the type', () => {
    const waits = { Wait1s: pass({ Next: 'Done' }) } as Record<
      `Wait${number}s`,
      ReturnType<typeof pass<'Done'>>
    >;
    const definition = defineStateMachine({
      StartAt: 'Start',
      States: combineStates({ Start: pass({ Next: 'Wait1s' }), Done: done }, waits),
    });
    expect(Object.keys(definition.States)).toEqual(['Start', 'Done', 'Wait1s']);
  });

  it('refuses a state defined by two groups', () => {
    expect(() => combineStates({ Done: done }, { Done: done })).toThrow(
      new InvalidStateMachineError('Done', 'is defined twice'),
    );
  });
});

describe('stateTransitions', () => {
  it('lists Next and every Catch Next of a task', () => {
    const state = task({
      Resource: 'arn:aws:states:::sqs:sendMessage',
      Catch: [
        { ErrorEquals: ['A'], Next: 'OnA' },
        { ErrorEquals: ['States.ALL'], Next: 'OnAll' },
      ],
      Next: 'After',
    });
    expect(stateTransitions(state)).toEqual(['After', 'OnA', 'OnAll']);
  });

  it('lists every rule target and the Default of a choice, and nothing for terminals', () => {
    const state = choice({ Choices: [when(stringEquals('$.a', 'x'), 'X')], Default: 'Y' });
    expect(stateTransitions(state)).toEqual(['X', 'Y']);
    expect(stateTransitions(done)).toEqual([]);
  });
});
