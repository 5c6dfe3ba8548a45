import autocannon from 'autocannon';

/** Shared by stream.bench.ts and task-list.bench.ts: a fresh database and timed load. */

export interface StreamFixture {
  port: number;
  adminToken: string;
  tokens: string[];
  projectId: number;
}

export const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
export const MILLION = Number(process.env.BENCH_STREAM_TASKS ?? 1_000_000);

export const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

interface Ctx {
  t0?: number;
  [k: string]: unknown;
}
export interface Req {
  method?: 'GET' | 'POST' | 'DELETE';
  path?: string;
  body?: string;
  setupRequest?: (req: autocannon.Request, context: Ctx) => autocannon.Request;
  onResponse?: (status: number, body: string, context: Ctx) => void;
}

/**
 * autocannon run whose requests marked `timed` are measured one by one (autocannon's own
 * histogram has no p95 and mixes every request of a flow).
 */
export async function timedLoad(opts: {
  port: number;
  connections: number;
  duration?: number;
  /** Requests per second per connection (an annotator's pace); unlimited when absent. */
  connectionRate?: number;
  tokens: string[];
  requests: (Req & { timed?: boolean })[];
}) {
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let client = 0;
  const requests = opts.requests.map(({ timed, ...r }) => ({
    ...r,
    setupRequest: (req: autocannon.Request, context: Ctx) => {
      const out = r.setupRequest ? r.setupRequest(req, context) : req;
      if (timed) context.t0 = performance.now();
      return out;
    },
    onResponse: (status: number, body: string, context: Ctx) => {
      if (timed && context.t0 !== undefined) latencies.push(performance.now() - context.t0);
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      r.onResponse?.(status, body, context);
    },
  }));
  const result = await autocannon({
    url: `http://127.0.0.1:${opts.port}`,
    connections: opts.connections,
    duration: opts.duration ?? SECONDS,
    ...(opts.connectionRate ? { connectionRate: opts.connectionRate } : {}),
    setupClient: (c: autocannon.Client) => {
      const token = opts.tokens[client++ % opts.tokens.length]!;
      c.setHeaders({ authorization: `Token ${token}`, 'content-type': 'application/json' });
    },
    requests: requests as unknown as autocannon.Request[],
  });
  return {
    latencies,
    statuses,
    rps: result.requests.average,
    errors: result.errors + result.timeouts,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
  };
}
