import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

function repoPath(rel: string): string {
  const candidates = [resolve(__dirname, '../../../..', rel), join(process.cwd(), rel)];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

describe('scripts/genSchema.mjs', () => {
  it('reduces an OpenAPI v3 document to the types the three kinds reach', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gen-schema-'));
    try {
      const out = join(dir, 'schema.json');
      execFileSync(
        process.execPath,
        [
          repoPath('scripts/genSchema.mjs'),
          '--label',
          'mini',
          '--openapi',
          repoPath('test/unit/rules/fixtures/miniOpenapi.json'),
          '--out',
          out,
        ],
        { stdio: 'pipe' },
      );
      const schema = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(schema.source, 'mini');
      assert.deepEqual(Object.keys(schema.types), [
        'apps.v1.StatefulSet',
        'apps.v1.StatefulSetSpec',
        'core.v1.PersistentVolumeClaim',
        'core.v1.Service',
        'meta.v1.ObjectMeta',
        'policy.v1.PodDisruptionBudget',
      ]);
      const set = schema.types['apps.v1.StatefulSet'];
      assert.equal(set.p.status, undefined);
      assert.equal(set.d, 'StatefulSet represents a set of pods with consistent identities.');
      assert.deepEqual(schema.types['apps.v1.StatefulSetSpec'], {
        p: {
          replicas: { t: 'integer', d: 'replicas is the desired number.' },
          podManagementPolicy: {
            t: 'string',
            e: ['OrderedReady', 'Parallel'],
            d: 'How pods are created.',
          },
          maxSomething: { t: 'int-or-string' },
          size: { t: 'quantity' },
          claims: { t: 'array', i: { r: 'core.v1.PersistentVolumeClaim' } },
        },
        q: ['replicas'],
      });
      assert.deepEqual(schema.types['meta.v1.ObjectMeta'].p.labels, {
        t: 'object',
        v: { t: 'string' },
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails with a usage message without input', () => {
    assert.throws(() =>
      execFileSync(process.execPath, [repoPath('scripts/genSchema.mjs')], { stdio: 'pipe' }),
    );
  });
});
