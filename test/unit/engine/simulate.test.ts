import * as assert from 'node:assert/strict';
import { runSimulate } from '../../../src/cli/simulate';

const SET = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  replicas: 2
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: "nginx:1"}]}
`;

function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    io: {
      stdout: (t: string) => {
        out.stdout += t;
      },
      stderr: (t: string) => {
        out.stderr += t;
      },
      readFile: (p: string) => {
        if (!(p in files)) throw new Error('ENOENT');
        return files[p];
      },
      cwd: '/w',
    },
  };
}

describe('simulate command', () => {
  const files = {
    '/w/s/scenario.yaml': 'steps:\n  - apply: web.yaml\n  - run: stable\n',
    '/w/s/web.yaml': SET,
  };

  it('prints JSON in the documented shape, reading manifests next to the scenario', async () => {
    const { io, out } = fakeIo(files);
    assert.equal(await runSimulate(['s/scenario.yaml', '--format', 'json'], io), 0);
    const json = JSON.parse(out.stdout);
    assert.deepEqual(Object.keys(json), ['steps', 'final', 'events']);
    assert.deepEqual(json.steps[1].step, { run: 'stable' });
    assert.deepEqual(Object.keys(json.final.pods[0]), [
      'name',
      'ordinal',
      'revision',
      'phase',
      'ready',
      'terminating',
    ]);
    assert.deepEqual(Object.keys(json.final.status), [
      'replicas',
      'readyReplicas',
      'currentReplicas',
      'updatedReplicas',
      'availableReplicas',
      'currentRevision',
      'updateRevision',
      'observedGeneration',
    ]);
    assert.equal(json.final.blockedOn, null);
    assert.deepEqual(Object.keys(json.events[0]), ['time', 'reason', 'object', 'message']);
    assert.equal(json.final.pods[1].revision, json.final.status.currentRevision);
  });

  it('prints a pod table and the events as text', async () => {
    const { io, out } = fakeIo(files);
    assert.equal(await runSimulate(['s/scenario.yaml'], io), 0);
    assert.match(out.stdout, /^NAME\s+READY\s+STATUS/m);
    assert.match(out.stdout, /^web-1\s+1\/1\s+Running/m);
    assert.match(out.stdout, /SuccessfulCreate/);
  });

  const failures: [string, string[], Record<string, string>][] = [
    ['no file', [], files],
    ['an unknown option', ['s/scenario.yaml', '--fast'], files],
    ['a bad format', ['s/scenario.yaml', '--format', 'xml'], files],
    ['an unreadable scenario', ['s/none.yaml'], files],
    [
      'a malformed scenario',
      ['s/scenario.yaml'],
      { '/w/s/scenario.yaml': 'steps:\n  - scale: x\n' },
    ],
  ];
  for (const [what, argv, fs] of failures) {
    it(`exits 2 on ${what}, with a message and no stack`, async () => {
      const { io, out } = fakeIo(fs);
      assert.equal(await runSimulate(argv, io), 2);
      assert.match(out.stderr, /simulate/);
      assert.doesNotMatch(out.stderr, /\n\s+at /);
    });
  }
});
