import * as assert from 'node:assert/strict';
import { parseManifest, allObjects } from '../../../src/manifest';
import { completeAt } from '../../../src/language/completion';
import { cursorAt, insertAfter, WEB } from './cursor';

function labels(source: string, otherText?: string): string[] | undefined {
  const { text, offset } = cursorAt(source);
  const otherObjects = otherText
    ? allObjects(parseManifest(otherText, 'file:///other.yaml'))
    : undefined;
  return completeAt(text, offset, { source: 'file:///web.yaml', otherObjects })?.items.map(
    (i) => i.label,
  );
}

describe('completion', () => {
  const keyCases: [string, string, string[], string[]][] = [
    [
      'spec keys, present ones left out',
      insertAfter(WEB, '  replicas: 3\n', '  ‸\n'),
      [
        'podManagementPolicy',
        'updateStrategy',
        'persistentVolumeClaimRetentionPolicy',
        'ordinals',
        'minReadySeconds',
      ],
      ['replicas', 'serviceName', 'template', 'image'],
    ],
    [
      'partial key keeps candidates',
      insertAfter(WEB, '  replicas: 3\n', '  pod‸\n'),
      ['podManagementPolicy'],
      ['replicas'],
    ],
    [
      'updateStrategy keys',
      insertAfter(WEB, '  replicas: 3\n', '  updateStrategy:\n    ‸\n'),
      ['type', 'rollingUpdate'],
      ['partition'],
    ],
    [
      'rollingUpdate keys',
      insertAfter(WEB, '  replicas: 3\n', '  updateStrategy:\n    rollingUpdate:\n      ‸\n'),
      ['partition', 'maxUnavailable'],
      ['type'],
    ],
    [
      'retention policy keys',
      insertAfter(WEB, '  replicas: 3\n', '  persistentVolumeClaimRetentionPolicy:\n    ‸\n'),
      ['whenDeleted', 'whenScaled'],
      [],
    ],
    [
      'ordinals keys',
      insertAfter(WEB, '  replicas: 3\n', '  ordinals:\n    ‸\n'),
      ['start'],
      ['replicas'],
    ],
    [
      'pod spec keys',
      insertAfter(WEB, '        app: web\n    spec:\n', '      ‸\n'),
      ['terminationGracePeriodSeconds', 'affinity', 'initContainers'],
      ['containers', 'volumes', 'replicas'],
    ],
    [
      'container keys inside a sequence item',
      insertAfter(WEB, 'image: nginx:1.27\n', '          ‸\n'),
      ['readinessProbe', 'resources', 'ports'],
      ['image', 'name', 'volumeMounts'],
    ],
    [
      'new sequence item under volumeMounts',
      insertAfter(WEB, 'mountPath: /data\n', '            - ‸\n'),
      ['name', 'mountPath', 'readOnly'],
      [],
    ],
    [
      'claim template spec keys',
      insertAfter(WEB, 'accessModes: [ReadWriteOnce]\n', '        ‸\n'),
      ['storageClassName', 'volumeMode'],
      ['accessModes', 'resources'],
    ],
    [
      'top level of a new set',
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: x\n‸',
      ['spec'],
      ['metadata', 'kind'],
    ],
  ];
  for (const [name, source, want, notWant] of keyCases) {
    it(name, () => {
      const got = labels(source) ?? [];
      for (const w of want) assert.ok(got.includes(w), `missing ${w} in ${got.join(',')}`);
      for (const w of notWant) assert.ok(!got.includes(w), `unexpected ${w}`);
    });
  }

  it('top level of a document without keys is not a StatefulSet', () => {
    assert.equal(labels('apiVersion: v1\nkind: ConfigMap\n‸'), undefined);
  });

  const valueCases: [string, string, string[]][] = [
    [
      'podManagementPolicy values',
      insertAfter(WEB, '  replicas: 3\n', '  podManagementPolicy: ‸\n'),
      ['OrderedReady', 'Parallel'],
    ],
    [
      'updateStrategy.type values',
      insertAfter(WEB, '  replicas: 3\n', '  updateStrategy:\n    type: ‸\n'),
      ['RollingUpdate', 'OnDelete'],
    ],
    [
      'whenScaled values',
      insertAfter(
        WEB,
        '  replicas: 3\n',
        '  persistentVolumeClaimRetentionPolicy:\n    whenScaled: ‸\n',
      ),
      ['Retain', 'Delete'],
    ],
    [
      'restartPolicy values',
      insertAfter(WEB, '        app: web\n    spec:\n', '      restartPolicy: ‸\n'),
      ['Always'],
    ],
  ];
  for (const [name, source, want] of valueCases) {
    it(name, () => assert.deepEqual(labels(source), want));
  }

  it('serviceName offers Services of this file and other files, headless first', () => {
    const source = WEB.replace('serviceName: web-headless', 'serviceName: ‸');
    const other =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: elsewhere\nspec:\n  clusterIP: None\n' +
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: other-ns\n  namespace: prod\nspec:\n  clusterIP: None\n';
    const { text, offset } = cursorAt(source);
    const result = completeAt(text, offset, {
      source: 'file:///web.yaml',
      otherObjects: allObjects(parseManifest(other, 'file:///other.yaml')),
    });
    const items = result?.items ?? [];
    assert.deepEqual(items.map((i) => i.label).sort(), ['elsewhere', 'web-headless', 'web-lb']);
    const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.equal(sorted[2].label, 'web-lb');
  });

  it('serviceName replaces the partial word', () => {
    const { text, offset } = cursorAt(
      WEB.replace('serviceName: web-headless', 'serviceName: web-h‸'),
    );
    const result = completeAt(text, offset);
    assert.equal(text.slice(result?.replace.start, result?.replace.end), 'web-h');
  });

  it('volumeMounts name offers claim templates and pod volumes', () => {
    const source = WEB.replace('            - name: data\n', '            - name: ‸\n');
    assert.deepEqual(labels(source), ['data', 'config']);
  });

  it('no proposals in a comment', () => {
    assert.deepEqual(labels(insertAfter(WEB, '  replicas: 3\n', '  # pod‸\n')), undefined);
  });
});

describe('completion right after a colon', () => {
  it('inserts the separating space', () => {
    const { text, offset } = cursorAt(
      insertAfter(WEB, '  replicas: 3\n', '  podManagementPolicy:‸\n'),
    );
    const result = completeAt(text, offset);
    assert.deepEqual(
      result?.items.map((i) => i.insertText),
      [' OrderedReady', ' Parallel'],
    );
  });
});

describe('completion inserts', () => {
  const insertOf = (source: string, label: string) => {
    const { text, offset } = cursorAt(source);
    return completeAt(text, offset)?.items.find((i) => i.label === label)?.insertText;
  };
  it('a map key opens an indented block', () =>
    assert.equal(
      insertOf(insertAfter(WEB, '  replicas: 3\n', '  upd‸\n'), 'updateStrategy'),
      'updateStrategy:\n  $0',
    ));
  it('a list key opens a sequence item', () =>
    assert.equal(
      insertOf(insertAfter(WEB, '        app: web\n    spec:\n', '      ‸\n'), 'tolerations'),
      'tolerations:\n  - $0',
    ));
  it('an enum key offers its values as a choice', () =>
    assert.equal(
      insertOf(insertAfter(WEB, '  replicas: 3\n', '  ‸\n'), 'podManagementPolicy'),
      'podManagementPolicy: ${1|OrderedReady,Parallel|}',
    ));
  it('renaming a key keeps its value', () =>
    assert.equal(
      insertOf(WEB.replace('  replicas: 3', '  repl‸icas: 3'), 'minReadySeconds'),
      'minReadySeconds',
    ));
});

describe('completion on other layouts', () => {
  it('CRLF line ends', () => {
    const got = labels(
      insertAfter(WEB, '  replicas: 3\n', '  updateStrategy:\n    ‸\n').replace(/\n/g, '\r\n'),
    );
    assert.deepEqual(got, ['type', 'rollingUpdate']);
  });
  it('four-space indentation and sequences at the parent column', () => {
    const text =
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n    name: x\nspec:\n    template:\n        spec:\n' +
      '            containers:\n            - name: app\n              ‸\n';
    const got = labels(text) ?? [];
    assert.ok(got.includes('image') && !got.includes('name'), got.join(','));
  });
  it('second document of a file, after another kind', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n---\napiVersion: apps/v1\nkind: StatefulSet\nspec:\n  ‸\n';
    assert.ok((labels(text) ?? []).includes('serviceName'));
    const service =
      'apiVersion: apps/v1\nkind: StatefulSet\n---\napiVersion: v1\nkind: Service\nspec:\n  ‸\n';
    assert.equal(labels(service), undefined);
  });
});

describe('completion from the Kubernetes schema where our table is silent', () => {
  it('probe keys', () => {
    const got =
      labels(
        insertAfter(WEB, 'image: nginx:1.27\n', '          readinessProbe:\n            ‸\n'),
      ) ?? [];
    for (const k of ['httpGet', 'tcpSocket', 'initialDelaySeconds'])
      assert.ok(got.includes(k), got.join(','));
  });
  it('enum values of a schema field', () => {
    const got =
      labels(insertAfter(WEB, '        app: web\n    spec:\n', '      dnsPolicy: ‸\n')) ?? [];
    assert.ok(got.includes('ClusterFirst'), got.join(','));
  });
});

describe('completion merges our keys with the schema', () => {
  it('pod spec: documented keys first, schema keys after', () => {
    const got = labels(insertAfter(WEB, '        app: web\n    spec:\n', '      ‸\n')) ?? [];
    assert.ok(
      got.includes('hostAliases') && got.includes('terminationGracePeriodSeconds'),
      got.join(','),
    );
    assert.ok(got.indexOf('terminationGracePeriodSeconds') < got.indexOf('hostAliases'));
    assert.equal(got.filter((l) => l === 'affinity').length, 1);
  });
});
