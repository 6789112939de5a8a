import * as assert from 'node:assert/strict';
import { parseDuration, runScenario } from '../../../src/engine';

const SET = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: "nginx:1"}]}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec: {clusterIP: None}
`;
const files: Record<string, string> = {
  'web.yaml': SET,
  'v2.yaml': SET.replace('nginx:1', 'nginx:2'),
};
const load = (p: string) => {
  if (!(p in files)) throw new Error('missing');
  return files[p];
};

describe('scenario runner', () => {
  it('plays the steps and records a state after each', () => {
    const out = runScenario(
      'steps:\n  - apply: web.yaml\n  - run: stable\n  - apply: {manifest: v2.yaml, pods: crash}\n' +
        '  - run: 2m\n',
      load,
    );
    assert.ok(out.ok);
    const { steps, final } = out.result;
    assert.equal(steps.length, 4);
    assert.equal(steps[1].state.pods.length, 2);
    assert.equal(final.blockedOn?.pod, 'web-1');
    assert.equal(final.time, steps[1].state.time + 120);
  });

  const errors: [string, string, RegExp][] = [
    ['not YAML', 'steps: [', /not valid YAML/],
    ['no steps', 'kubernetesVersion: "1.35"', /steps/],
    ['an unknown step', 'steps:\n  - apply: web.yaml\n  - jump: 3', /^step 2 \(jump\)/],
    ['a negative scale', 'steps:\n  - apply: web.yaml\n  - scale: -1', /^step 2 \(scale\)/],
    ['a missing file', 'steps:\n  - apply: nope.yaml', /^step 1 \(apply\): cannot read nope.yaml/],
    [
      'an unknown behaviour',
      'steps:\n  - apply: {manifest: web.yaml, pods: slow}',
      /^step 1 \(apply\)/,
    ],
    [
      'an unknown pod',
      'steps:\n  - apply: web.yaml\n  - run: stable\n  - deletePod: web-9',
      /^step 3 \(deletePod\)/,
    ],
    ['a bad duration', 'steps:\n  - apply: web.yaml\n  - run: soon', /^step 2 \(run\)/],
    ['an unsupported version', 'kubernetesVersion: "1.20"\nsteps: []', /kubernetesVersion/],
    ['a step before any apply', 'steps:\n  - scale: 3', /^step 1 \(scale\)/],
    [
      'a bad cascade',
      'steps:\n  - apply: web.yaml\n  - deleteStatefulSet: {cascade: foreground}',
      /^step 2/,
    ],
    ['two keys in a step', 'steps:\n  - {apply: web.yaml, scale: 3}', /^step 1/],
  ];
  for (const [what, text, re] of errors) {
    it(`reports ${what} with the step`, () => {
      const out = runScenario(text, load);
      assert.ok(!out.ok);
      assert.match(out.error, re);
    });
  }

  it("collects the API server's warnings per step", () => {
    const text = 'kubernetesVersion: "1.34"\nsteps:\n  - apply: mu.yaml\n  - run: stable\n';
    const mu = SET.replace(
      'replicas: 2',
      'replicas: 2\n  updateStrategy: {rollingUpdate: {maxUnavailable: 2}}',
    );
    const out = runScenario(text, (p) => (p === 'mu.yaml' ? mu : load(p)));
    assert.ok(out.ok);
    assert.equal(out.result.steps[0].warnings.length, 1);
    assert.match(
      out.result.steps[0].warnings[0],
      /^spec\.updateStrategy\.rollingUpdate\.maxUnavailable/,
    );
    assert.deepEqual(out.result.steps[1].warnings, []);
  });

  it('honours featureGates', () => {
    const text = 'featureGates: {MaxUnavailableStatefulSet: true}\nsteps:\n  - apply: web.yaml\n';
    const out = runScenario(text, load);
    assert.ok(out.ok);
    assert.equal(out.result.final.spec.maxUnavailable, 1);
  });

  const durations: [unknown, number | undefined][] = [
    [90, 90],
    ['90s', 90],
    ['5m', 300],
    ['1h', 3600],
    ['1.5m', 90],
    ['-3s', undefined],
    ['x', undefined],
  ];
  for (const [input, seconds] of durations) {
    it(`parses the duration ${String(input)}`, () => assert.equal(parseDuration(input), seconds));
  }
});
