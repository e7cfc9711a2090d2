import { WaitTimeoutError } from '../errors';

/** Awaits `promise`, or rejects with {@link WaitTimeoutError} naming `what` after `timeoutMs`. */
export async function within(promise: Promise<unknown>, timeoutMs: number, what: string): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WaitTimeoutError(`gave up waiting for ${what} after ${timeoutMs} ms`)),
      Math.max(0, timeoutMs),
    );
  });
  try {
    await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
