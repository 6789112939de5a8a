import * as assert from 'node:assert/strict';
import {
  compareWithBaseline,
  FORBIDDEN_UPDATE,
  NEW_REVISION,
} from '../../../src/language/updateSafety';
import { StudioSettings } from '../../../src/manifest';
import { marked } from '../helpers';

const BASE = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: [ReadWriteOnce]
        resources:
          requests:
            storage: 10Gi
`;

/** Expects `ruleId` exactly at the «marked» ranges of the current text. */
function expectRanges(
  ruleId: string,
  current: string,
  settings?: Partial<StudioSettings>,
  baseline = BASE,
): void {
  const { text, ranges } = marked(current);
  const got = compareWithBaseline(baseline, text, settings)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => ({ start: f.range.start, end: f.range.end }));
  assert.deepEqual(
    got,
    ranges,
    `got ${JSON.stringify(got.map((r) => text.slice(r.start, r.end)))}`,
  );
}

describe('update safety against a baseline', () => {
  const forbidden: [string, string][] = [
    ['serviceName changed', BASE.replace('serviceName: db', 'serviceName: «db-headless»')],
    ['claim template size changed', BASE.replace('storage: 10Gi', 'storage: «20Gi»')],
    [
      'claim template added',
      BASE.replace('  volumeClaimTemplates:', '  «volumeClaimTemplates»:').replace(
        /$/,
        '    - metadata:\n        name: logs\n',
      ),
    ],
    [
      'selector changed',
      BASE.replace('    matchLabels:\n      app: db', '    matchLabels:\n      app: «db2»').replace(
        '        app: db',
        '        app: db2',
      ),
    ],
    [
      'podManagementPolicy set to Parallel',
      BASE.replace('  replicas: 3', '  replicas: 3\n  podManagementPolicy: «Parallel»'),
    ],
    [
      'serviceName removed',
      BASE.replace('  serviceName: db\n', '').replace('\nspec:', '\n«spec»:'),
    ],
  ];
  for (const [name, current] of forbidden) it(name, () => expectRanges(FORBIDDEN_UPDATE, current));

  const allowed: [string, string][] = [
    ['identical', BASE],
    [
      'replicas, minReadySeconds, ordinals, strategy and retention change',
      BASE.replace(
        'replicas: 3',
        'replicas: 5\n  minReadySeconds: 10\n  ordinals:\n    start: 1\n' +
          '  updateStrategy:\n    type: OnDelete\n  persistentVolumeClaimRetentionPolicy:\n    whenScaled: Delete',
      ),
    ],
    [
      'defaults written out explicitly',
      BASE.replace(
        'replicas: 3',
        'replicas: 3\n  podManagementPolicy: OrderedReady\n' + '  revisionHistoryLimit: 10',
      ).replace(
        'accessModes: [ReadWriteOnce]',
        'accessModes: [ReadWriteOnce]\n        volumeMode: Filesystem',
      ),
    ],
    [
      'keys reordered and quoted',
      BASE.replace('  serviceName: db\n  replicas: 3\n', '  replicas: 3\n  serviceName: "db"\n'),
    ],
    [
      'another set of the same name in another namespace',
      BASE.replace('  name: db\n', '  name: db\n  namespace: prod\n').replace(
        'serviceName: db',
        'serviceName: other',
      ),
    ],
    [
      'labels and annotations of the set change',
      BASE.replace('  name: db\n', '  name: db\n  labels:\n    tier: data\n'),
    ],
  ];
  for (const [name, current] of allowed)
    it(`nothing for: ${name}`, () => expectRanges(FORBIDDEN_UPDATE, current));

  it('revisionHistoryLimit may change on 1.35 but not on 1.34', () => {
    const current = BASE.replace('replicas: 3', 'replicas: 3\n  revisionHistoryLimit: «3»');
    expectRanges(FORBIDDEN_UPDATE, current.replace(/[«»]/g, ''), { kubernetesVersion: '1.35' });
    expectRanges(FORBIDDEN_UPDATE, current, { kubernetesVersion: '1.34' });
    expectRanges(FORBIDDEN_UPDATE, current, { kubernetesVersion: '1.33' });
  });

  it('template change is a new revision on the template key', () => {
    expectRanges(
      NEW_REVISION,
      BASE.replace('  template:', '  «template»:').replace('postgres:16', 'postgres:17'),
    );
  });

  it('template defaults written out are not a new revision', () => {
    expectRanges(
      NEW_REVISION,
      BASE.replace(
        '    spec:\n      containers:',
        '    spec:\n      restartPolicy: Always\n' +
          '      terminationGracePeriodSeconds: 30\n      containers:',
      ).replace(
        'image: postgres:16',
        'image: postgres:16\n          imagePullPolicy: IfNotPresent',
      ),
    );
  });

  it('replicas change is not a new revision', () =>
    expectRanges(NEW_REVISION, BASE.replace('replicas: 3', 'replicas: 9')));

  it('a changed scalar offers restoring the baseline value', () => {
    const current = BASE.replace('storage: 10Gi', 'storage: 20Gi');
    const [finding] = compareWithBaseline(BASE, current).filter(
      (f) => f.ruleId === FORBIDDEN_UPDATE,
    );
    const edit = finding.fixes?.[0].edits[0];
    assert.ok(edit);
    const fixed = current.slice(0, edit.start) + edit.newText + current.slice(edit.end);
    assert.equal(fixed, BASE);
  });

  it('the rule can be turned off in settings', () => {
    const current = BASE.replace('serviceName: db', 'serviceName: other');
    assert.deepEqual(
      compareWithBaseline(BASE, current, { rules: { [FORBIDDEN_UPDATE]: 'off' } }),
      [],
    );
  });

  it('never throws on broken input', () => {
    assert.deepEqual(compareWithBaseline('kind: [', BASE), []);
    assert.deepEqual(
      compareWithBaseline(
        BASE,
        BASE.replace('serviceName: db', 'serviceName: "{{ .Values.svc }}"'),
      ),
      [],
    );
  });
});

describe('update safety suppression', () => {
  it('a disable comment above the line silences forbidden-update there', () => {
    const current = BASE.replace(
      '  serviceName: db',
      '  # statefulset-studio-disable-next-line forbidden-update\n  serviceName: other',
    );
    assert.deepEqual(
      compareWithBaseline(BASE, current).map((f) => f.ruleId),
      [],
    );
    const other = current.replace('next-line forbidden-update', 'next-line selector-mismatch');
    assert.deepEqual(
      compareWithBaseline(BASE, other).map((f) => f.ruleId),
      [FORBIDDEN_UPDATE],
    );
  });

  it('the disable annotation silences it for the whole set', () => {
    const current = BASE.replace(
      '  name: db\n',
      '  name: db\n  annotations:\n    statefulset-studio.io/disable: forbidden-update\n',
    ).replace('serviceName: db', 'serviceName: other');
    assert.deepEqual(
      compareWithBaseline(BASE, current).map((f) => f.ruleId),
      [],
    );
  });
});

describe('new-revision under each update strategy', () => {
  const changed = (extra: string) =>
    compareWithBaseline(
      BASE,
      BASE.replace('postgres:16', 'postgres:17').replace('replicas: 3', `replicas: 3${extra}`),
    ).filter((f) => f.ruleId === NEW_REVISION);
  it('reported once whatever the strategy', () => {
    for (const extra of [
      '',
      '\n  updateStrategy:\n    type: OnDelete',
      '\n  updateStrategy:\n    rollingUpdate:\n      partition: 2',
    ]) {
      assert.equal(changed(extra).length, 1, extra);
    }
  });
  it('a strategy change alone is not a new revision', () => {
    const current = BASE.replace(
      'replicas: 3',
      'replicas: 3\n  updateStrategy:\n    type: OnDelete',
    );
    assert.deepEqual(compareWithBaseline(BASE, current), []);
  });
});
