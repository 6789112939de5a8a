import * as assert from 'node:assert/strict';
import { parseManifest, resolveSettings, Severity, StudioSettings } from '../../../src/manifest';
import { lintObject, LintScope } from '../../../src/rules/lint';
import { Finding, Rule, RuleContext } from '../../../src/rules/types';
import { statefulSet } from './ruleFixtures';

/** A rule that reports once on every object it sees, at the object's first character. */
function probe(id: string, severity: Severity, extra: Partial<Rule> = {}): Rule {
  return {
    id, defaultSeverity: severity, summary: id, kinds: ['StatefulSet', 'Service'], ...extra,
    check(ctx: RuleContext) {
      ctx.report({ start: 0, end: 1 }, `${id} on ${ctx.object.name ?? ''}`);
    },
  };
}

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n';

/** Runs `rules` on every object of `text`; returns [ruleId, severity, docIndex] of each finding. */
function run(text: string, rules: Rule[], settings: Partial<StudioSettings> = {},
  reads = { manifest: 0, objects: 0 }): [string, string, number][] {
  const manifest = parseManifest(text, 'test.yaml');
  const objects = manifest.documents.flatMap((d) => d.objects);
  const scope: LintScope = {
    get manifest() { reads.manifest++; return manifest; },
    get objects() { reads.objects++; return objects; },
    settings: resolveSettings(settings),
  };
  const found: Finding[] = [];
  for (const o of objects) lintObject(o, scope, rules, (f) => found.push(f));
  return found.map((f) => [f.ruleId, f.severity, f.docIndex]);
}

describe('lintObject', () => {
  it('stamps each finding with the rule that made it and its severity', () => {
    const rules = [probe('first', 'error'), probe('second', 'info'), probe('third', 'warning')];
    const settings = { rules: { second: 'warning', third: 'off' } } as const;
    assert.deepEqual(run(`${SERVICE}---\n${statefulSet()}`, rules, settings), [
      ['first', 'error', 0], ['second', 'warning', 0],
      ['first', 'error', 1], ['second', 'warning', 1],
    ]);
  });

  it('runs a rule only on its kinds and served apiVersions', () => {
    const rules = [
      probe('sets', 'error', { kinds: ['StatefulSet'] }),
      probe('any', 'error', { anyApiVersion: true }),
    ];
    const beta = statefulSet().replace('apps/v1', 'apps/v1beta1');
    assert.deepEqual(run(`${SERVICE}---\n${beta}`, rules), [['any', 'error', 0], ['any', 'error', 1]]);
  });

  it('skips the rules an annotation disables, on the object or its pod template', () => {
    const rules = [probe('a', 'error'), probe('b', 'error'), probe('c', 'error')];
    const onObject = statefulSet({ head: '\n  annotations:\n    statefulset-studio.io/disable: "a, c"' });
    assert.deepEqual(run(onObject, rules), [['b', 'error', 0]]);
    const onTemplate = statefulSet().replace('    metadata:\n      labels:',
      '    metadata:\n      annotations:\n        statefulset-studio.io/disable: b\n      labels:');
    assert.deepEqual(run(onTemplate, rules), [['a', 'error', 0], ['c', 'error', 0]]);
  });

  it('leaves whole-object rules out on a fragment that looks like a patch', () => {
    const rules = [probe('whole', 'error', { wholeObject: true }), probe('part', 'error')];
    const patch = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: 3\n';
    assert.deepEqual(run(patch, rules), [['part', 'error', 0]]);
    assert.deepEqual(run(statefulSet(), rules), [['whole', 'error', 0], ['part', 'error', 0]]);
  });

  it('goes on after a rule that throws', () => {
    const broken: Rule = { ...probe('broken', 'error'), check() { throw new Error('odd input'); } };
    assert.deepEqual(run(statefulSet(), [broken, probe('next', 'info')]), [['next', 'info', 0]]);
  });

  it('reads the file-wide parts of the scope only when a rule asks for them', () => {
    const reads = { manifest: 0, objects: 0 };
    run(`${SERVICE}---\n${statefulSet()}`, [probe('quiet', 'error')], {}, reads);
    assert.deepEqual(reads, { manifest: 0, objects: 0 });
    const looking: Rule = { ...probe('looking', 'error'), check(ctx) { void ctx.objects.length; } };
    run(`${SERVICE}---\n${statefulSet()}`, [looking], {}, reads);
    assert.deepEqual(reads, { manifest: 0, objects: 2 });
  });
});
