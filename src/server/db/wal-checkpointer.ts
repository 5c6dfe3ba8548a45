// SQLite's write-ahead log is copied back into the database file by a checkpoint. Left to
// itself the writer runs one inside whichever commit takes the log past 1,000 pages: the event
// loop then stops for the copy and the file sync, and the write path pays for every page again
// each time a hot page comes back. Here a worker thread with its own connection checkpoints,
// on the other core. PASSIVE never waits for the writer or readers and never blocks them;
// whatever it cannot copy yet stays in the log for the next round.
//
// The writer keeps a much higher automatic checkpoint as a backstop. Under steady writes the
// log only starts over after a round that copied all of it, and what is left when the
// backstop fires is copied inside a request's commit; so rounds are short while the log
// grows. Measured with 50 clients creating annotations: p99 19.6 ms with 30 ms rounds against
// 23.4 ms with 200 ms rounds, at the same throughput.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Log pages at which the writer checkpoints by itself (about 80 MB with 4 KB pages). */
export const BACKSTOP_PAGES = 20_000;
/** Between rounds while the log grows, and while it is still. */
const ACTIVE_MS = 30;
const IDLE_MS = 500;

// An inline script keeps the worker inside the one bundled server file; it is handed the
// driver's resolved path, so it loads the same build wherever the process was started.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
let lastLog = -1;
let timer;
const round = () => {
  let growing = false;
  try {
    const [{ log }] = db.pragma('wal_checkpoint(PASSIVE)');
    growing = log !== lastLog;
    lastLog = log;
  } catch {
    // Busy or interrupted: the next round (or the writer's backstop) catches up.
  }
  timer = setTimeout(round, growing ? workerData.activeMs : workerData.idleMs);
};
round();
parentPort.once('message', () => {
  clearTimeout(timer);
  db.close();
  parentPort.postMessage('closed');
});
`;

export interface Checkpointer {
  stop(): Promise<void>;
}

export function startCheckpointer(file: string): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { driver, file, activeMs: ACTIVE_MS, idleMs: IDLE_MS },
  });
  // A worker that failed to start leaves checkpoints to the writer's backstop.
  worker.on('error', () => undefined);
  worker.unref();
  return {
    async stop() {
      const closed = new Promise<void>((resolve) => {
        worker.once('message', () => resolve());
        worker.once('exit', () => resolve());
      });
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}
