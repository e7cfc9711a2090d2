import { ForwarderOutputError, parseForwarderOutput } from '../../../src/forwarder/forwarder-output';

describe('parseForwarderOutput', () => {
  it('turns the stage lines of the forwarder bench into figures and keeps the rest as context', () => {
    const stdout = [
      'payload: 3394 events, 1.28 MB decoded, 2 push body(ies); 30 rounds',
      'node v22.23.3, x64',
      'decode                       5.79 ms/batch       586,007 events/s',
      'decode+label+serialize   22.25 ms/batch  152,567 events/s',
      'all incl. gzip           37.35 ms/batch  90,868 events/s',
      '',
    ].join('\n');
    expect(parseForwarderOutput(stdout)).toEqual({
      stages: [
        { stage: 'decode', msPerBatch: 5.79, eventsPerSecond: 586_007 },
        { stage: 'decode+label+serialize', msPerBatch: 22.25, eventsPerSecond: 152_567 },
        { stage: 'all incl. gzip', msPerBatch: 37.35, eventsPerSecond: 90_868 },
      ],
      context: ['payload: 3394 events, 1.28 MB decoded, 2 push body(ies); 30 rounds', 'node v22.23.3, x64'],
    });
  });

  it('fails when no stage line is there (the bench changed its output)', () => {
    expect(() => parseForwarderOutput('payload: 1 events\n')).toThrow(ForwarderOutputError);
  });
});
