/**
 * Runs `run` for every item, at most `parallel` at once, in the items' order; resolves with every
 * outcome (a failed item does not stop the others).
 */
export async function runPool<T, R>(
  items: readonly T[],
  parallel: number,
  run: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const outcomes: PromiseSettledResult<R>[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      const item = items[index] as T;
      try {
        outcomes[index] = { status: 'fulfilled', value: await run(item) };
      } catch (reason) {
        outcomes[index] = { status: 'rejected', reason };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallel, items.length)) }, lane));
  return outcomes;
}
