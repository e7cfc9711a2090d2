import { Worker } from 'node:worker_threads';

/** What the thread needs to start dynalite. */
interface DynaliteThreadData {
  readonly dynalitePath: string;
  readonly path: string | undefined;
  readonly port: number;
}

type ThreadMessage =
  | { readonly kind: 'listening'; readonly port: number }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'closed' };

// Runs inside the worker thread (CommonJS, evaluated from this string so that it works the same
// under tsx, jest and the bundled CLI). Only dynalite and Node built-ins are loaded there.
const THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const dynalite = require(workerData.dynalitePath);
const server = dynalite({ path: workerData.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error) => parentPort.postMessage({ kind: 'error', message: String(error && error.message) }));
server.listen(workerData.port, '127.0.0.1', () =>
  parentPort.postMessage({ kind: 'listening', port: server.address().port }));
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  server.closeAllConnections();
  server.close(() => parentPort.postMessage({ kind: 'closed' }));
});
`;

/** dynalite listening on 127.0.0.1 in its own thread (its own event loop, another core). */
export interface DynaliteThread {
  readonly port: number;
  /** Closes the server (and its store), then ends the thread. */
  close(): Promise<void>;
}

function nextMessage(worker: Worker): Promise<ThreadMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ThreadMessage) => {
      worker.off('error', onError);
      resolve(message);
    };
    const onError = (error: Error) => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
  });
}

/**
 * Starts dynalite in a worker thread, so that its request handling and LevelDB work run beside
 * the stack's event loop instead of on it. Its `require` resolves dynalite from this package, so
 * the same code runs under tsx, jest and any bundler that keeps dependencies external.
 */
export async function startDynaliteThread(path: string | undefined, port: number): Promise<DynaliteThread> {
  const data: DynaliteThreadData = { dynalitePath: require.resolve('dynalite'), path, port };
  const worker = new Worker(THREAD_SOURCE, { eval: true, workerData: data });
  const started = await nextMessage(worker);
  if (started.kind !== 'listening') {
    await worker.terminate();
    throw new Error(`dynalite did not start: ${started.kind === 'error' ? started.message : started.kind}`);
  }
  // The thread never holds the process open; a thread that dies after start-up is a broken stack.
  worker.unref();
  worker.on('error', (error) => {
    throw new Error(`dynalite thread failed: ${error.message}`, { cause: error });
  });
  return {
    port: started.port,
    async close() {
      worker.ref(); // held until the store is closed, so an exiting process still flushes it
      const closed = nextMessage(worker);
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}
