import { installLogTap, type TappableStream } from '../../../src/logs';

/** A stream that records each write's arguments. */
function fakeStream() {
  const calls: unknown[][] = [];
  const stream = {
    write(...args: unknown[]) {
      calls.push(args);
      const done = args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      done?.();
      return true;
    },
  };
  const write = stream.write;
  return {
    stream: stream as unknown as TappableStream,
    calls,
    write,
    text: () => calls.map((c) => String(c[0])).join(''),
  };
}

function tap(options: { quiet?: boolean; take?: (line: string) => boolean } = {}) {
  const out = fakeStream();
  const taken: Array<[string, number]> = [];
  const handle = installLogTap({
    streams: [out.stream],
    quiet: options.quiet,
    now: () => 1234,
    onLine: (line, at) => {
      const take = options.take?.(line) ?? line.startsWith('{');
      if (take) taken.push([line, at]);
      return take;
    },
  });
  const write = (...args: unknown[]) =>
    (out.stream.write as unknown as (...a: unknown[]) => boolean)(...args);
  return { out, taken, handle, write };
}

describe('installLogTap', () => {
  it('hands every complete line to onLine with its write time and passes the write on unchanged', () => {
    const { out, taken, write } = tap();
    const done = jest.fn();
    expect(write('{"a":1}\nplain\n', 'utf8', done)).toBe(true);
    expect(out.calls).toEqual([['{"a":1}\nplain\n', 'utf8', done]]);
    expect(done).toHaveBeenCalledTimes(1);
    expect(taken).toEqual([['{"a":1}', 1234]]);
  });

  it('assembles lines split across writes and Buffer chunks split inside a UTF-8 character', () => {
    const { taken, write } = tap();
    const bytes = Buffer.from('{"m":"€"}\n', 'utf8');
    write('{"x":');
    write('1}\n{"y"');
    write(':2}\r\n');
    write(bytes.subarray(0, 7));
    write(bytes.subarray(7));
    expect(taken.map(([line]) => line)).toEqual(['{"x":1}', '{"y":2}', '{"m":"€"}']);
  });

  it('takes a JSON line written after a partial line of other text, such as a status line rewritten in place', () => {
    const { out, taken, write } = tap({ quiet: true });
    write('\r\x1b[2K3 orders: 3 COMPLETED');
    write('{"service":"order-api"}\n');
    write('\r\x1b[2K4 orders: 4 COMPLETED');
    expect(taken.map(([line]) => line)).toEqual(['{"service":"order-api"}']);
    expect(out.text()).toBe('\r\x1b[2K3 orders: 3 COMPLETED\r\x1b[2K4 orders: 4 COMPLETED');
  });

  it('keeps taken lines off the terminal when quiet, and the rest on it', () => {
    const { out, taken, write } = tap({ quiet: true });
    const done = jest.fn();
    write('{"a":1}\nready\n{"b":2}\n', done);
    expect(out.text()).toBe('ready\n');
    expect(taken).toHaveLength(2);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('calls the callback of a quiet write it swallowed entirely', async () => {
    const { out, write } = tap({ quiet: true });
    const done = jest.fn();
    expect(write('{"a":1}\n', 'utf8', done)).toBe(true);
    await new Promise((resolve) => process.nextTick(resolve));
    expect(out.calls).toEqual([]);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('passes partial-line writes through unchanged even when quiet', () => {
    const { out, taken, write } = tap({ quiet: true });
    write('{"a":');
    write('1}\nprompt> ');
    expect(out.text()).toBe('{"a":1}\nprompt> ');
    expect(taken).toHaveLength(1);
  });

  it('never lets a failing onLine break the output', () => {
    const { out, write } = tap({
      take: () => {
        throw new Error('bug');
      },
    });
    write('{"a":1}\n');
    expect(out.text()).toBe('{"a":1}\n');
  });

  it('passes a write it cannot decode through unchanged', () => {
    const { out, taken, write } = tap();
    write('{"a":1}\n', 'no-such-encoding');
    write(42);
    expect(out.calls).toEqual([
      ['{"a":1}\n', 'no-such-encoding', undefined],
      [42, undefined, undefined],
    ]);
    expect(taken).toEqual([]);
  });

  it('puts the stream’s own write back on uninstall and stops capturing', () => {
    const { out, taken, handle, write } = tap();
    handle.uninstall();
    expect(out.stream.write).toBe(out.write);
    write('{"a":1}\n');
    expect(taken).toEqual([]);
  });

  it('only passes through once uninstalled when something wrapped the stream after it', () => {
    const { out, taken, handle } = tap();
    const ours = out.stream.write as unknown as (...a: unknown[]) => boolean;
    const outer = (...args: unknown[]) => ours(...args);
    out.stream.write = outer as unknown as TappableStream['write'];
    handle.uninstall();
    expect(out.stream.write).toBe(outer);
    outer('{"a":1}\n');
    expect(out.text()).toBe('{"a":1}\n');
    expect(taken).toEqual([]);
  });
});
