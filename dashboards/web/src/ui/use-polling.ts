import { useCallback, useEffect, useRef, useState } from 'react';

export interface PollState<T> {
  readonly data?: T;
  /** The last load's error; cleared by the next successful load. */
  readonly error?: unknown;
  /** Epoch ms of the last successful load. */
  readonly loadedAt?: number;
}

export interface PollOptions {
  readonly intervalMs: number;
  /** @default true */
  readonly enabled?: boolean;
  /** When it changes, the data is cleared and loading starts over (e.g. a filter). */
  readonly resetKey?: string;
}

/**
 * Calls `load` now and then `intervalMs` after each call settles (never two at once), until the
 * component unmounts or `enabled` turns false; an unmount aborts the call in flight.
 * `refresh()` loads again as soon as no call is in flight.
 */
export function usePolling<T>(
  load: (signal: AbortSignal) => Promise<T>,
  options: PollOptions,
): PollState<T> & { readonly refresh: () => void } {
  const { intervalMs, enabled = true, resetKey = '' } = options;
  const [state, setState] = useState<PollState<T>>({});
  const loadRef = useRef(load);
  loadRef.current = load;
  const shownKey = useRef(resetKey);
  const kick = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (shownKey.current !== resetKey) {
      shownKey.current = resetKey;
      setState({});
    }
    if (!enabled) return undefined;
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;
    const tick = async () => {
      timer = undefined;
      running = true;
      try {
        const data = await loadRef.current(controller.signal);
        if (!controller.signal.aborted) setState({ data, loadedAt: Date.now() });
      } catch (error) {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, error }));
      }
      running = false;
      if (controller.signal.aborted) return;
      timer = setTimeout(tick, again ? 0 : intervalMs);
      again = false;
    };
    kick.current = () => {
      if (running) {
        again = true;
      } else if (timer !== undefined) {
        clearTimeout(timer);
        void tick();
      }
    };
    void tick();
    return () => {
      controller.abort();
      kick.current = () => undefined;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [enabled, intervalMs, resetKey]);

  const refresh = useCallback(() => kick.current(), []);
  return { ...state, refresh };
}
