import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Child<T> {
  info: T;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/** Start a TypeScript child (through tsx) and wait for the JSON line it prints when ready. */
export function startChild<T>(
  script: string,
  args: string[],
  timeoutMs = 180_000,
): Promise<Child<T>> {
  const file = fileURLToPath(new URL(script, import.meta.url));
  const proc = spawn(process.execPath, ['--import', 'tsx', file, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, MARGIN_QUIET: '1' },
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in time`)), timeoutMs);
    proc.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      resolve({
        info: JSON.parse(line) as T,
        process: proc,
        stop: () =>
          new Promise<void>((done) => {
            if (proc.exitCode !== null) return done();
            proc.removeAllListeners('exit');
            proc.once('exit', () => done());
            proc.kill('SIGKILL');
          }),
      });
    });
  });
}
