import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LocalStackConfigError } from '../errors';
import type { QueueRegistry } from '../sqs/queue-registry';

/**
 * Keeps the queues' messages in a JSON file across restarts (`--data DIR`): restored before the
 * poller starts, written every `intervalMs` while running and once more on stop. Writes go to a
 * temporary file renamed over the old one, so a crash never leaves half a file.
 */
export class QueuePersistence {
  private timer?: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly queues: QueueRegistry,
    private readonly file: string,
  ) {}

  /** Restores the saved messages, if a file exists; returns how many were restored. */
  async restore(): Promise<number> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let snapshot: ReturnType<QueueRegistry['snapshot']>;
    try {
      snapshot = JSON.parse(text);
    } catch {
      throw new LocalStackConfigError(
        'dataDir',
        `${this.file} is not valid JSON; move it away to start empty`,
      );
    }
    this.queues.restore(snapshot);
    return Object.values(snapshot).reduce((sum, queue) => sum + queue.messages.length, 0);
  }

  /** Saves every `intervalMs` until {@link stop}. */
  start(intervalMs: number): void {
    this.timer = setInterval(() => void this.save(), intervalMs);
    this.timer.unref();
  }

  /** Stops the periodic save and saves once more. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.save();
  }

  save(): Promise<void> {
    const snapshot = JSON.stringify(this.queues.snapshot());
    this.writing = this.writing.then(async () => {
      await mkdir(dirname(this.file), { recursive: true });
      const temporary = `${this.file}.tmp`;
      await writeFile(temporary, snapshot);
      await rename(temporary, this.file);
    });
    return this.writing;
  }
}
