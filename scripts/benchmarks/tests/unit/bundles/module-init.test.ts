import { InitOutputError, parseInitOutput } from '../../../src/bundles/module-init';

describe('parseInitOutput', () => {
  it('reads the last marker line, ignoring whatever the module printed', () => {
    const stdout = [
      '{"level":"INFO","message":"cold start"}',
      'bench-init={"totalMs":1,"preloadMs":0.5}',
      'bench-init={"totalMs":42.5,"preloadMs":30.25}',
      '',
    ].join('\n');
    expect(parseInitOutput(stdout)).toEqual({ totalMs: 42.5, preloadMs: 30.25 });
  });

  it('fails when the line is missing, malformed or inconsistent', () => {
    expect(() => parseInitOutput('nothing here')).toThrow(InitOutputError);
    expect(() => parseInitOutput('bench-init={oops')).toThrow(InitOutputError);
    expect(() => parseInitOutput('bench-init={"totalMs":"1","preloadMs":0}')).toThrow(InitOutputError);
    expect(() => parseInitOutput('bench-init={"totalMs":1,"preloadMs":2}')).toThrow(InitOutputError);
  });
});
