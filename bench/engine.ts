// Engine figures for `npm run bench`: a 1,000-replica rolling update to completion, and how the
// cost of one reconcile grows from 100 to 10,000 pods. Run alone:
//   npx esbuild bench/engine.ts --bundle --platform=node --outfile=out/bench/engine.js && node out/bench/engine.js
import { DEFAULT_SETTINGS } from '../src/manifest';
import { Simulation } from '../src/engine';

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
}

type Rec = Record<string, unknown>;

function makeSet(replicas: number, policy: string, image: string): Rec {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: {
      replicas,
      serviceName: 'web',
      podManagementPolicy: policy,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: {
          containers: [{ name: 'c', image, volumeMounts: [{ name: 'data', mountPath: '/d' }] }],
        },
      },
      volumeClaimTemplates: [
        {
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        },
      ],
    },
  };
}

function ready(replicas: number, policy: string): Simulation {
  const sim = new Simulation({ settings: DEFAULT_SETTINGS });
  sim.apply(makeSet(replicas, policy, 'app:1'));
  sim.runUntilStable(10_000_000);
  return sim;
}

// CPU time rather than wall time: the bench machine is shared, and CPU time is what the engine
// itself costs.

/** CPU milliseconds to simulate an OrderedReady rolling update of `replicas` pods to completion. */
function rollingUpdateMs(replicas: number): { ms: number; steps: number } {
  const sim = ready(replicas, 'OrderedReady');
  const start = process.cpuUsage();
  sim.apply(makeSet(replicas, 'OrderedReady', 'app:2'));
  const steps = sim.runUntilStable(10_000_000);
  const used = process.cpuUsage(start);
  const ms = (used.user + used.system) / 1000;
  const s = sim.snapshot();
  if (
    s.status.currentRevision !== s.status.updateRevision ||
    s.status.updatedReplicas !== replicas
  ) {
    throw new Error('rolling update did not complete');
  }
  return { ms, steps };
}

/** CPU microseconds of one full reconcile (the spec just changed, so nothing is skipped) over `replicas` healthy pods (median of several). */
function reconcileMicros(replicas: number): number {
  const sim = ready(replicas, 'Parallel');
  const set = makeSet(replicas, 'Parallel', 'app:1');
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    sim.apply(set); // unchanged spec: only marks a sync as due
    const start = process.cpuUsage();
    sim.step();
    const used = process.cpuUsage(start);
    samples.push(used.user + used.system);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

/** CPU milliseconds to create `replicas` pods one by one (OrderedReady) until all are Ready. */
function creationMs(replicas: number): number {
  const start = process.cpuUsage();
  ready(replicas, 'OrderedReady');
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The engine's figures, for `npm run bench` and for running this file alone. */
export async function benchEngine(): Promise<BenchFigure[]> {
  rollingUpdateMs(100); // warm-up
  const runs = [rollingUpdateMs(1000), rollingUpdateMs(1000), rollingUpdateMs(1000)];
  const update = runs.sort((a, b) => a.ms - b.ms)[1]; // the median of three
  const figures: BenchFigure[] = [
    {
      name: 'engine: 1,000-replica rolling update to completion (median of 3)',
      value: round(update.ms),
      unit: 'ms CPU',
    },
    { name: 'engine: steps in that rolling update', value: update.steps, unit: 'steps' },
    {
      name: 'engine: 1,000-replica OrderedReady creation',
      value: round(creationMs(1000)),
      unit: 'ms CPU',
    },
  ];
  const sizes = [100, 1000, 10000];
  const micros = sizes.map(reconcileMicros);
  sizes.forEach((n, i) => {
    const name = `engine: one full reconcile over ${n.toLocaleString('en')} pods`;
    figures.push({ name, value: round(micros[i]), unit: 'µs CPU' });
  });
  figures.push({
    name: 'engine: reconcile cost growth 100 → 10,000 pods (linear = 100)',
    value: round(micros[2] / micros[0]),
    unit: 'x',
  });
  return figures;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

// Run alone only when this file itself is the program: bundled into bench/run.ts, `require.main`
// would be the bundle, so the script name decides.
if (/(^|[\\/])engine\.(js|ts)$/.test(process.argv[1] ?? '')) {
  benchEngine().then(
    (figures) => {
      for (const f of figures) process.stdout.write(`${f.name}: ${f.value} ${f.unit}\n`);
    },
    (err: unknown) => {
      process.stderr.write(`bench failed: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
