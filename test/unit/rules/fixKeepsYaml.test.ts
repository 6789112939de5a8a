// Quick fixes the fuzzer (test/fuzz) found breaking the YAML they edit, one test per cause, each
// comparing the whole text after the fix.
import * as assert from 'node:assert/strict';
import { checkText } from '../../fuzz/properties';
import { expectFix, expectNoFix, findingsOf, headlessService, statefulSet } from './ruleFixtures';

/** Applies the fix titled `title` of the first `ruleId` finding; returns the whole text. */
function applyTitled(ruleId: string, text: string, title: string): string {
  const fix = findingsOf(ruleId, text)[0]?.fixes?.find((f) => f.title === title);
  assert.ok(fix, `${ruleId} offered no fix "${title}"`);
  let out = text;
  for (const e of [...fix.edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const anti =
  '      affinity:\n        podAntiAffinity:\n' +
  '          preferredDuringSchedulingIgnoredDuringExecution:\n' +
  '            - weight: 100\n              podAffinityTerm:\n                labelSelector:\n' +
  '                  matchLabels:\n                    app: web\n' +
  '                topologyKey: kubernetes.io/hostname\n';

describe('fixes replacing an empty block scalar keep the next line', () => {
  it('restart-policy-not-always (seeds 5031, 7072, 19636)', () =>
    expectFix(
      'restart-policy-not-always',
      statefulSet({ pod: '      restartPolicy: |\n' }),
      statefulSet({ pod: '      restartPolicy: Always\n' }),
    ));

  it('restart-policy-not-always, a block with content and a header comment', () =>
    expectFix(
      'restart-policy-not-always',
      statefulSet({ pod: '      restartPolicy: >-  # why\n        Never\n\n' }),
      statefulSet({ pod: '      restartPolicy: Always  # why\n\n' }),
    ));

  it('service-not-headless (seed 7343)', () => {
    const svc = (clusterIp: string) =>
      headlessService().replace('  clusterIP: None\n', `  clusterIP: ${clusterIp}\n`);
    expectFix(
      'service-not-headless',
      statefulSet() + '---\n' + svc('>'),
      statefulSet() + '---\n' + svc('None'),
    );
  });

  it('selector-mismatch (seed 5249)', () => {
    const labels = (v: string) =>
      statefulSet().replace(
        '      labels:\n        app: web\n',
        `      labels:\n        app: ${v}\n`,
      );
    assert.equal(
      applyTitled('selector-mismatch', labels('>'), 'Set template label app: web'),
      labels('web'),
    );
  });
});

describe('fixes on an empty value write the value, not over the key', () => {
  it('restart-policy-not-always on `restartPolicy: !!str` (the tag goes too)', () =>
    expectFix(
      'restart-policy-not-always',
      statefulSet({ pod: '      restartPolicy: !!str\n' }),
      statefulSet({ pod: '      restartPolicy: Always\n' }),
    ));

  it('wrong-field-type drops the !!str tag that made the number a string', () =>
    expectFix(
      'wrong-field-type',
      statefulSet().replace('replicas: 2', 'replicas: !!str 2 # two'),
      statefulSet().replace('replicas: 2', 'replicas: 2 # two'),
    ));

  it('service-not-headless on an empty clusterIP', () => {
    const svc = (v: string) =>
      headlessService().replace('  clusterIP: None\n', `  clusterIP:${v}\n`);
    expectFix(
      'service-not-headless',
      statefulSet() + '---\n' + svc(' # tbd'),
      statefulSet() + '---\n' + svc(' None # tbd'),
    );
  });
});

describe('no-anti-affinity writes no duplicate key (seeds 51486, 210, 950, 2781)', () => {
  it('fills an empty podAntiAffinity', () =>
    expectFix(
      'no-anti-affinity',
      statefulSet({ pod: '      affinity:\n        podAntiAffinity:\n' }),
      statefulSet({ pod: anti }),
    ));

  it('fills an empty affinity, keeping its comment', () =>
    expectFix(
      'no-anti-affinity',
      statefulSet({ pod: '      affinity: # spread\n' }),
      statefulSet({ pod: anti.replace('affinity:\n', 'affinity: # spread\n') }),
    ));

  it('offers nothing when podAntiAffinity holds something else', () =>
    expectNoFix(
      'no-anti-affinity',
      statefulSet({ pod: '      affinity:\n        podAntiAffinity: []\n' }),
    ));
});

describe('the fuzzer’s minimal inputs pass every property', () => {
  const minimal = [
    'apiVersion: a\nkind: StatefulSet\nspec:\n template:\n   spec:\n     restartPolicy: |\n:',
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: orders-db\n  namespace: orders\nspec:\n' +
      ' clusterIP: >\n:\n---\napiVersion: a\nkind: StatefulSet\nmetadata:\n namespace: orders\n' +
      'spec:\n serviceName: orders-db',
    '---\napiVersion: a\nkind: StatefulSet\nspec:\n  selector:\n   matchLabels:\n     app: w\n' +
      '  template:\n   metadata:\n     labels:\n       app: >\n:',
    '---\napiVersion: a\nkind: StatefulSet\nspec:\n  replicas: 9\n  template:\n    metadata:\n' +
      '     labels:\n       n:\n    spec:\n     affinity:\n       podAntiAffinity:\n:',
    // Seeds 22778 and 30885, found by the long run after the fixes above.
    '---\napiVersion: a\nkind: StatefulSet\nspec:\n  replicas: 2\n  template:\n    metadata:\n' +
      '     labels:\n       a:\n    spec:\n     ! :\n       -',
    '---\napiVersion: p\nkind: PodDisruptionBudget\nmetadata:\n  name:\rl\n  s:',
  ];
  minimal.forEach((text, i) =>
    it(`input ${i + 1}`, () => assert.equal(checkText(text), undefined)),
  );
});
