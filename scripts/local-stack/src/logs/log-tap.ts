import { StringDecoder } from 'node:string_decoder';

/** What the tap needs of a stream: its `write` (process.stdout and process.stderr fit). */
export interface TappableStream {
  write: (...args: never[]) => boolean;
}

/** Called with every complete line (without its line break); returns true when it took the line. */
export type LineSink = (line: string, writtenAt: number) => boolean;

export interface LogTapOptions {
  readonly onLine: LineSink;
  /**
   * Keep the lines `onLine` took off the terminal (other output still passes).
   * @default false
   */
  readonly quiet?: boolean;
  /** @default [process.stdout, process.stderr] (Powertools writes warnings and errors to stderr) */
  readonly streams?: readonly TappableStream[];
  /** @default Date.now */
  readonly now?: () => number;
}

export interface LogTap {
  /** Puts each stream's own `write` back (if nothing wrapped it since) and stops capturing. */
  uninstall(): void;
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;

/** A partial line longer than this is not a log line; it is passed on and no longer assembled. */
const MAX_PENDING_CHARS = 1_048_576;

function isUtf8(encoding: unknown): boolean {
  return typeof encoding !== 'string' || /^utf-?8$/i.test(encoding);
}

function tapStream(stream: TappableStream, options: LogTapOptions, now: () => number): () => void {
  const original = stream.write as unknown as Write;
  const decoder = new StringDecoder('utf8');
  let pending = '';
  let active = true;

  const toText = (chunk: unknown, encoding: unknown): string | undefined => {
    if (typeof chunk === 'string') {
      return isUtf8(encoding) ? chunk : Buffer.from(chunk, encoding as BufferEncoding).toString('utf8');
    }
    if (chunk instanceof Uint8Array)
      return decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    return undefined;
  };

  const take = (line: string, at: number): boolean => {
    try {
      return options.onLine(line.endsWith('\r') ? line.slice(0, -1) : line, at);
    } catch {
      return false; // the terminal output matters more than one captured line
    }
  };

  /** Hands the write's complete lines to `onLine`; returns what a quiet terminal still shows, or undefined for all. */
  const capture = (chunk: unknown, encoding: unknown): string | undefined => {
    const text = toText(chunk, encoding);
    if (text === undefined) return undefined;
    // Only a JSON line is worth assembling: a partial line of other text (a status line rewritten
    // in place with `\r`) must not swallow the JSON line written after it.
    if (!pending.startsWith('{')) pending = '';
    const startedOnLineBoundary = pending === '';
    const lines = (pending + text).split('\n');
    pending = lines.pop() ?? '';
    if (pending.length > MAX_PENDING_CHARS) pending = '';
    const at = now();
    const kept = lines.filter((line) => !take(line, at));
    // Quiet filtering only rewrites writes made of whole lines (as Powertools writes them).
    if (!options.quiet || kept.length === lines.length || !startedOnLineBoundary || pending !== '') {
      return undefined;
    }
    return kept.map((line) => `${line}\n`).join('');
  };

  const wrapper: Write = (chunk, encoding, callback) => {
    const passThrough = () => original.call(stream, chunk, encoding, callback);
    if (!active) return passThrough();
    let shown: string | undefined;
    try {
      shown = capture(chunk, encoding);
    } catch {
      shown = undefined; // an odd encoding or chunk: never break the output for a log line
    }
    if (shown === undefined) return passThrough();
    const done = typeof encoding === 'function' ? encoding : callback;
    if (shown === '') {
      if (typeof done === 'function') process.nextTick(done as () => void);
      return true;
    }
    return original.call(stream, shown, done);
  };

  stream.write = wrapper as unknown as TappableStream['write'];
  return () => {
    active = false;
    if ((stream.write as unknown) === wrapper) stream.write = original as unknown as TappableStream['write'];
  };
}

/**
 * Wraps `write` of stdout and stderr so every complete line written is also handed to
 * `onLine`, with the time it was written. Output reaches the terminal unchanged, unless `quiet`
 * keeps the taken lines off it. A failing `onLine` never breaks the output.
 */
export function installLogTap(options: LogTapOptions): LogTap {
  const now = options.now ?? Date.now;
  const streams = options.streams ?? [process.stdout, process.stderr];
  const restores = streams.map((stream) => tapStream(stream, options, now));
  return {
    uninstall: () => {
      for (const restore of restores) restore();
    },
  };
}
