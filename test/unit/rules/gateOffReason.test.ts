import * as assert from 'node:assert/strict';
import { resolveSettings } from '../../../src/manifest';
import { gateOffReason } from '../../../src/rules/maxUnavailableGateOff';

// Regression: the message said the gate was off "on Kubernetes 1.35" without saying it is on
// in 1.35.0-1.35.3. These check which versions the reason names, not its wording.
describe('max-unavailable-gate-off reason', () => {
  const table: { version: string; gates?: Record<string, boolean>; names: string[] }[] = [
    { version: '1.35', names: ['1.35.4', '1.35.0', '1.35.3'] },
    { version: '1.35.5', names: ['1.35.4', '1.35.3'] },
    { version: '1.33', names: ['1.33', '1.35.0', '1.35.3'] },
    { version: '1.35.2', gates: { MaxUnavailableStatefulSet: false }, names: ['featureGates'] },
  ];
  for (const t of table) {
    it(`names ${t.names.join(', ')} for ${t.version}`, () => {
      const reason = gateOffReason(resolveSettings({ kubernetesVersion: t.version, featureGates: t.gates }));
      for (const n of t.names) assert.ok(reason.includes(n), reason);
    });
  }
});
