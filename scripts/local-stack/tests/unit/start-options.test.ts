import { parseStartCommand } from '../../src/stack/start-options';

describe('parseStartCommand', () => {
  it('defaults to port 3000, in memory, design timings and a generated token', () => {
    expect(parseStartCommand([], {})).toEqual({
      help: false,
      options: {
        port: 3000,
        host: '127.0.0.1',
        dataDir: undefined,
        fast: false,
        adminToken: undefined,
        redelaySeconds: undefined,
        workflowSettings: {},
      },
    });
  });

  it('reads flags before the environment', () => {
    const command = parseStartCommand(
      ['--port', '4000', '--fast', '--data', '.data', '--cooldown-seconds', '7'],
      {
        PORT: '5000',
        COOLDOWN_SECONDS: '9',
        RETRY_DELAY_SECONDS: '4',
        ADMIN_TOKEN: 'a-long-enough-admin-token',
      },
    );
    expect(command).toMatchObject({
      help: false,
      options: {
        port: 4000,
        fast: true,
        dataDir: '.data',
        adminToken: 'a-long-enough-admin-token',
        workflowSettings: { cooldownSeconds: 7, retryDelaySeconds: 4 },
      },
    });
  });

  it.each([
    [['--port', '70000'], {}, '--port'],
    [['--port', 'abc'], {}, '--port'],
    [[], { PORT: '-1' }, '--port'],
    [['--cooldown-seconds', '0'], {}, '--cooldown-seconds'],
    [['--redelay-seconds', '901'], {}, '--redelay-seconds'],
    [['--nope'], {}, 'arguments'],
    [['positional'], {}, 'arguments'],
    [[], { FAST: 'yes' }, 'FAST'],
  ])('refuses %j %j naming %s', (argv, env, field) => {
    expect(() => parseStartCommand(argv, env)).toThrow(expect.objectContaining({ field }));
  });

  it('answers --help', () => {
    expect(parseStartCommand(['--help'], {})).toEqual({ help: true });
  });
});
