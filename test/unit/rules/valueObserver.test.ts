import * as assert from 'node:assert/strict';
import { YAMLMap } from 'yaml';
import { KubeObject } from '../../../src/manifest';
import { ValueObserver } from '../../../src/rules/valueObserver';

function service(spec: Record<string, unknown>): KubeObject {
  return { kind: 'Service', apiVersion: 'v1', name: 'web', namespace: undefined, value: { spec },
    node: new YAMLMap(), docIndex: 0, path: [], source: 'a.yaml' };
}

/** Reads `spec[key]` of `object` through the observer, as another object's rule would. */
function read(observer: ValueObserver, object: KubeObject, key: string): unknown {
  return (observer.view(object).spec as Record<string, unknown>)[key];
}

describe('ValueObserver', () => {
  it('carries a re-parsed object over only when every field read on it is unchanged', () => {
    const observer = new ValueObserver();
    const old = service({ clusterIP: 'None', port: 80 });
    assert.equal(read(observer, old, 'clusterIP'), 'None');
    observer.seal();
    assert.equal(observer.carryOver(old, service({ clusterIP: 'None', port: 81 })), true);
    assert.equal(observer.carryOver(old, service({ clusterIP: '10.0.0.1', port: 80 })), false);
  });

  it('keeps the fields read on the new parse before the old record was carried over to it', () => {
    const observer = new ValueObserver();
    const old = service({ clusterIP: 'None', port: 80 });
    read(observer, old, 'clusterIP');
    observer.seal();
    // A rule reads the new parse first; only then is the old record carried over to it.
    const next = service({ clusterIP: 'None', port: 80 });
    read(observer, next, 'port');
    assert.equal(observer.carryOver(old, next), true);
    observer.seal();
    assert.equal(observer.carryOver(next, service({ clusterIP: 'None', port: 81 })), false);
    assert.equal(observer.carryOver(next, service({ clusterIP: '10.0.0.1', port: 80 })), false);
  });

  it('does not give one object the fields read later on another that was read alike', () => {
    const observer = new ValueObserver();
    const a = service({ clusterIP: 'None', port: 80 });
    const b = service({ clusterIP: 'None', port: 80 });
    read(observer, a, 'clusterIP');
    read(observer, b, 'clusterIP');
    observer.seal();
    read(observer, a, 'port');
    observer.seal();
    assert.equal(observer.carryOver(b, service({ clusterIP: 'None', port: 81 })), true);
    assert.equal(observer.carryOver(a, service({ clusterIP: 'None', port: 81 })), false);
  });

  it('adds the fields a later run reads to the record sealed before', () => {
    const observer = new ValueObserver();
    const old = service({ clusterIP: 'None', port: 80 });
    read(observer, old, 'clusterIP');
    observer.seal();
    // A later run makes new views; reading another field there adds to the sealed record.
    read(observer, old, 'port');
    observer.seal();
    assert.equal(observer.carryOver(old, service({ clusterIP: 'None', port: 81 })), false);
  });

  it('gives up on comparing by path once one plain object was met at two paths', () => {
    const observer = new ValueObserver();
    const shared = { app: 'web' };
    const old = service({ selector: shared, labels: shared });
    const view = observer.view(old).spec as Record<string, Record<string, unknown>>;
    assert.equal(view.selector.app, 'web');
    assert.equal(view.labels.app, 'web');
    observer.seal();
    const next = service({ selector: { app: 'web' }, labels: { app: 'web' } });
    assert.equal(observer.carryOver(old, next), false);
  });

  it('shows the same values, keys and arrays as the plain object', () => {
    const observer = new ValueObserver();
    const value = { ports: [{ name: 'sql', port: 5432 }], selector: { app: 'db' } };
    const view = observer.view(service(value)).spec as typeof value;
    assert.deepStrictEqual(JSON.parse(JSON.stringify(view)), value);
    assert.deepStrictEqual(Object.keys(view.selector), ['app']);
    assert.equal(Array.isArray(view.ports), true);
    assert.equal('app' in view.selector, true);
  });
});
