import * as assert from 'node:assert/strict';
import { KubeObject, parseManifest, resolveSettings } from '../../../src/manifest';
import { lookupIndex } from '../../../src/rules/support/lookupIndex';

const doc = (kind: string, name: string, extra = '', apiVersion = 'v1') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\n${extra}`;

function objectsOf(source: string, ...docs: string[]): KubeObject[] {
  return parseManifest(docs.join('---\n'), source).documents.flatMap((d) => d.objects);
}

const set = (name: string, labels: string, ns = '') =>
  doc('StatefulSet', name,
    `${ns}spec:\n  serviceName: web\n  template:\n    metadata:\n      labels:\n${labels}`, 'apps/v1');

describe('lookupIndex', () => {
  const a = objectsOf('a.yaml',
    doc('Service', 'web'),
    doc('Service', 'web', '  namespace: shop\n'),
    doc('ConfigMap', 'web'),
    doc('Service', 'db'),
    doc('Service', 'web'),
    set('web', '        app: web\n        tier: front\n'),
    set('api', '        app: api\n        tier: front\n', '  namespace: shop\n'));
  const b = objectsOf('b.yaml', doc('ConfigMap', 'cfg'));
  const objects = [...a, ...b];
  const index = lookupIndex(objects, resolveSettings({}));
  const names = (list: readonly KubeObject[]) =>
    list.map((o) => `${o.kind}/${o.namespace ?? '-'}/${o.name}`);

  it('finds objects by kind, namespace and name, in file order', () => {
    assert.deepEqual(index.named('Service', 'default', 'web'), [a[0], a[4]]);
    assert.deepEqual(index.named('Service', 'shop', 'web'), [a[1]]);
    assert.deepEqual(index.named('ConfigMap', 'default', 'web'), [a[2]]);
    assert.deepEqual(index.named('Service', 'default', 'nope'), []);
    assert.deepEqual(index.named('Secret', 'default', 'web'), []);
  });

  it('lists objects by kind and namespace', () => {
    assert.deepEqual(names(index.ofKind('Service', 'default')),
      ['Service/-/web', 'Service/-/db', 'Service/-/web']);
    assert.deepEqual(names(index.ofKind('StatefulSet', 'shop')), ['StatefulSet/shop/api']);
    assert.deepEqual(index.ofKind('Pod', 'default'), []);
  });

  it('knows which file holds which kinds', () => {
    assert.equal(index.hasKindIn('StatefulSet', 'a.yaml'), true);
    assert.equal(index.hasKindIn('StatefulSet', 'b.yaml'), false);
    assert.equal(index.hasKindIn('ConfigMap', 'b.yaml'), true);
  });

  it('narrows pod templates by a required label', () => {
    const owners = (list: readonly { owner: KubeObject }[]) => list.map((t) => t.owner.name);
    assert.deepEqual(owners(index.podTemplatesWith('default', { app: 'web' })), ['web']);
    assert.deepEqual(owners(index.podTemplatesWith('default', { tier: 'front', app: 'web' })), ['web']);
    assert.deepEqual(owners(index.podTemplatesWith('default', { app: 'api' })), []);
    assert.deepEqual(owners(index.podTemplatesWith('shop', { tier: 'front' })), ['api']);
    assert.deepEqual(owners(index.podTemplatesWith('default', undefined)), ['web']);
    assert.deepEqual(owners(index.podTemplatesWith('default', {})), ['web']);
  });

  it('finds the sets a Service governs', () => {
    assert.deepEqual(names(index.setsGovernedBy('default', 'web')), ['StatefulSet/-/web']);
    assert.deepEqual(names(index.setsGovernedBy('shop', 'web')), ['StatefulSet/shop/api']);
    assert.deepEqual(index.setsGovernedBy('default', 'db'), []);
  });
});
