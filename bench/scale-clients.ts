import { performance } from 'node:perf_hooks';
import { prng } from './ledger-generator';
import type { ScaleCompany } from './scale-load';

/** One kind of request in the mix: how often it is picked, and the request for a company. */
export interface Operation {
  readonly kind: string;
  readonly weight: number;
  readonly write: boolean;
  request(company: ScaleCompany, random: () => number, today: string): { path: string; body?: unknown };
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)];

let allottees = 0;

/**
 * The mix: 80% reads, 20% writes. Every write is valid whatever else runs: a change of address of a
 * member holding a share (none of the writes takes a share from anyone), or an allotment of the next
 * share to a new holder, both dated today.
 */
export const MIX: readonly Operation[] = [
  { kind: 'register page', weight: 25, write: false, request: (c) => ({ path: `/api/companies/${c.id}/register?limit=100` }) },
  { kind: 'deadlines', weight: 15, write: false, request: (c) => ({ path: `/api/companies/${c.id}/deadlines` }) },
  { kind: 'resolutions', weight: 10, write: false, request: (c) => ({ path: `/api/companies/${c.id}/resolutions` }) },
  { kind: 'directors', weight: 10, write: false, request: (c) => ({ path: `/api/companies/${c.id}/directors` }) },
  {
    kind: 'ledger page',
    weight: 20,
    write: false,
    request: (c, random) => ({ path: `/api/companies/${c.id}/ledger?afterSequence=${Math.floor(random() * c.events)}&limit=50` }),
  },
  {
    kind: 'change of address',
    weight: 10,
    write: true,
    request: (c, random, today) => ({
      path: `/api/companies/${c.id}/members/${pick(c.currentMembers, random)}/particulars`,
      body: { effectiveOn: today, address: `${1 + Math.floor(random() * 400)} Scale Road, London E${1 + Math.floor(random() * 18)}` },
    }),
  },
  {
    kind: 'allotment to a new holder',
    weight: 10,
    write: true,
    request: (c, _random, today) => {
      allottees += 1;
      return {
        path: `/api/companies/${c.id}/share-allotments`,
        body: { effectiveOn: today, holder: { name: `Scale Allottee ${process.pid}-${allottees}`, address: `${allottees} Scale Street, London E1 0XX` } },
      };
    },
  },
];

export const HEALTH: readonly Operation[] = [{ kind: 'GET /health/live', weight: 1, write: false, request: () => ({ path: '/health/live' }) }];

export interface PhaseResult {
  readonly label: string;
  readonly seconds: number;
  readonly requests: number;
  readonly errors: number;
  /** The first few errors, as status and body. */
  readonly errorSamples: string[];
  /** Every latency in ms, by kind. */
  readonly latencies: Map<string, number[]>;
}

/**
 * `clients` loops in this process (fetch with keep-alive), each sending one request after another for
 * `seconds`: an operation drawn from `mix` by weight, for a company drawn uniformly, to the
 * instances in turn (request n of a client goes to instance (client + n) mod instances). Any status
 * other than 2xx, or a failed request, is an error.
 */
export async function runPhase(
  label: string,
  bases: readonly string[],
  companies: readonly ScaleCompany[],
  mix: readonly Operation[],
  options: { clients: number; seconds: number; token: string; seed: number },
): Promise<PhaseResult> {
  const total = mix.reduce((sum, op) => sum + op.weight, 0);
  const today = new Date().toISOString().slice(0, 10);
  const latencies = new Map<string, number[]>(mix.map((op) => [op.kind, []]));
  const result = { label, seconds: options.seconds, requests: 0, errors: 0, errorSamples: [] as string[], latencies };
  const headers = { authorization: `Bearer ${options.token}` };
  const jsonHeaders = { ...headers, 'content-type': 'application/json' };
  const start = performance.now();
  const end = start + options.seconds * 1000;
  await Promise.all(
    Array.from({ length: options.clients }, async (_, client) => {
      const random = prng(options.seed * 1000 + client);
      for (let n = 0; performance.now() < end; n++) {
        let r = random() * total;
        const op = mix.find((o) => (r -= o.weight) < 0) ?? mix[mix.length - 1];
        const { path, body } = op.request(pick(companies, random), random, today);
        const url = `${bases[(client + n) % bases.length]}${path}`;
        const sent = performance.now();
        try {
          const response = await fetch(url, body === undefined ? { headers } : { method: 'POST', headers: jsonHeaders, body: JSON.stringify(body) });
          const text = await response.text();
          if (response.status < 200 || response.status > 299) throw new Error(`${response.status} ${text.slice(0, 300)}`);
          latencies.get(op.kind)!.push(performance.now() - sent);
          result.requests += 1;
        } catch (error) {
          result.errors += 1;
          if (result.errorSamples.length < 5) result.errorSamples.push(`${op.kind} ${url}: ${(error as Error).message}`);
        }
      }
    }),
  );
  return { ...result, seconds: (performance.now() - start) / 1000 };
}

/**
 * Each kind of `mix`'s reads, sent one at a time to one instance for companies no request has reached
 * yet: the first request for a company there (nothing of it cached in that process), then the same
 * request again at once. Returns the p50 of each, by kind.
 */
export async function coldAndWarm(
  base: string,
  companies: readonly ScaleCompany[],
  mix: readonly Operation[],
  token: string,
): Promise<{ kind: string; cold: number; warm: number }[]> {
  const headers = { authorization: `Bearer ${token}` };
  const random = prng(7);
  const today = new Date().toISOString().slice(0, 10);
  const timed = async (path: string) => {
    const sent = performance.now();
    const response = await fetch(`${base}${path}`, { headers });
    await response.text();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    return performance.now() - sent;
  };
  const out: { kind: string; cold: number; warm: number }[] = [];
  const reads = mix.filter((op) => !op.write);
  const times = new Map(reads.map((op) => [op.kind, { cold: [] as number[], warm: [] as number[] }]));
  for (const company of companies) {
    for (const op of reads) {
      const { path } = op.request(company, random, today);
      times.get(op.kind)!.cold.push(await timed(path));
      times.get(op.kind)!.warm.push(await timed(path));
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [kind, t] of times) out.push({ kind, cold: median(t.cold), warm: median(t.warm) });
  return out;
}
