import * as assert from 'node:assert/strict';
import { describeIdentity } from '../../../src/engine/identity';
import { allObjects, parseManifest, resolveSettings } from '../../../src/manifest';
import { withinLimits } from './measure';

const SETTINGS = resolveSettings({});

describe('bounds: huge replica counts in the identity preview', () => {
  const table = [
    { replicas: '1e9', total: 1e9 },
    { replicas: '2147483647', total: 2147483647 },
    { replicas: '1000000', total: 1_000_000 },
  ];
  for (const t of table) {
    it(`caps the pod list for replicas: ${t.replicas} and says how many there would be`, () => {
      const text = `apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: big}\nspec:\n  replicas: ${t.replicas}\n`
        + '  volumeClaimTemplates: [{metadata: {name: data}}]\n';
      const objects = allObjects(parseManifest(text));
      const { result } = withinLimits(`identity, replicas ${t.replicas}`, { millis: 2000, heapMb: 200 },
        () => describeIdentity(objects[0], objects, SETTINGS, 500));
      assert.equal(result.pods.length, 500);
      assert.equal(result.totalPods, t.total);
    });
  }
});
