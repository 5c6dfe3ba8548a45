import { Agent, request } from 'node:http';
import { percentile } from './stream-load';

/**
 * Paced labeling load as annotators make it: each annotator has its own keep-alive
 * connection and loops `GET next` → `POST` an annotation on the task it got, one flow per
 * `period` ms. Annotators start at random offsets and each flow waits a little more or less
 * than the period, so their requests do not all land on the same millisecond (autocannon's
 * per-connection rate fires every connection on the same timer tick). Only `next` is timed.
 */
export async function annotatorFlows(opts: {
  port: number;
  tokens: string[];
  nextPath: string;
  annotationBody: () => string;
  periodMs: number;
  durationMs: number;
}) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let errors = 0;
  const end = performance.now() + opts.durationMs;

  const call = (agent: Agent, token: string, method: string, path: string, body?: string) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: opts.port,
          method,
          path,
          agent,
          headers: {
            authorization: `Token ${token}`,
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            resolve({ status, text: Buffer.concat(chunks).toString('utf8') });
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const sleep = (ms: number) => new Promise((r) => setTimeout(r, Math.max(0, ms)));

  async function annotator(token: string) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    await sleep(Math.random() * opts.periodMs);
    try {
      while (performance.now() < end) {
        const started = performance.now();
        const next = await call(agent, token, 'GET', opts.nextPath);
        latencies.push(performance.now() - started);
        if (next.status === 200) {
          const task = (JSON.parse(next.text) as { id: number }).id;
          await call(agent, token, 'POST', `/api/tasks/${task}/annotations`, opts.annotationBody());
        }
        // ±20 % around the period: annotators keep their own rhythm.
        await sleep(started + opts.periodMs * (0.8 + Math.random() * 0.4) - performance.now());
      }
    } catch {
      errors += 1;
    } finally {
      agent.destroy();
    }
  }

  await Promise.all(opts.tokens.map((t) => annotator(t)));
  return {
    latencies,
    statuses,
    errors,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
