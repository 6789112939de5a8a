import * as assert from 'node:assert/strict';
import { expectFindings } from '../helpers';
import { LintOptions, resolveLintOptions } from '../../../src/rules/lint';
import { ResolvedLintOptions } from '../../../src/rules/types';
import { schemaNodeAt } from '../../../src/schema/kubernetesSchema';
import { headlessService, statefulSet } from './ruleFixtures';

const pdb = (spec: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n${spec}` +
  '  selector:\n    matchLabels:\n      app: web\n';

describe('rule schema', () => {
  const cases: [string, string][] = [
    ['valid set', statefulSet()],
    ['enum value', statefulSet({ container: '          imagePullPolicy: «Sometimes»\n' })],
    ['map where a list belongs', statefulSet({ pod: '      tolerations: «{key: x}»\n' })],
    [
      'number as a label value',
      statefulSet().replace('        app: web\n', '        app: web\n        version: «1.0»\n'),
    ],
    ['string as a boolean', statefulSet({ pod: '      hostNetwork: «"yes"»\n' })],
    [
      'missing required container name',
      statefulSet({ container: '        - «image»: busybox:1.36\n' }),
    ],
    [
      'missing required PodSpec containers',
      statefulSet()
        .replace(
          '      containers:\n        - name: app\n          image: nginx:1.27\n',
          '      hostname: x\n',
        )
        .replace('    spec:\n      hostname', '    «spec»:\n      hostname'),
    ],
    ['Service type enum', headlessService('  type: «Loadbalancer»\n')],
    ['PDB list budget', pdb('  maxUnavailable: «[1]»\n')],
    ['PDB percentage is fine', pdb('  maxUnavailable: 25%\n')],
    ['unknown fields are fine without strict', statefulSet({ spec: '  replica: 3\n' })],
    [
      'replicas: "3" is left to wrong-field-type',
      statefulSet().replace('replicas: 2', 'replicas: "3"'),
    ],
    [
      'bad quantity is left to invalid-quantity',
      statefulSet({
        container: '          resources:\n            requests:\n              cpu: [1]\n',
      }),
    ],
    ['bad enum is left to invalid-enum', statefulSet({ spec: '  podManagementPolicy: Serial\n' })],
  ];
  for (const [name, text] of cases) it(name, () => expectFindings('schema', text));

  it('reports unknown fields in strict mode, on the key', () =>
    expectFindings('schema', statefulSet({ spec: '  «replica»: 3\n' }), { strict: true }));
  it('does not call status unknown in strict mode', () =>
    expectFindings('schema', statefulSet() + 'status:\n  replicas: 2\n', { strict: true }));
  it('is off with schemaValidation off', () =>
    expectFindings('schema', statefulSet({ container: '          imagePullPolicy: Sometimes\n' }), {
      schemaValidation: 'off',
    }));
  it('auto stays quiet when vscode-yaml validates Kubernetes', () =>
    expectFindings('schema', statefulSet({ container: '          imagePullPolicy: Sometimes\n' }), {
      kubernetesSchemaElsewhere: true,
    }));
  it('on runs even then', () =>
    expectFindings(
      'schema',
      statefulSet({ container: '          imagePullPolicy: «Sometimes»\n' }),
      { schemaValidation: 'on', kubernetesSchemaElsewhere: true },
    ));

  it('exposes one-line descriptions for hovers', () => {
    const node = schemaNodeAt('StatefulSet', ['spec', 'podManagementPolicy']);
    assert.deepEqual(node?.e, ['OrderedReady', 'Parallel']);
    assert.ok(node?.d && !node.d.includes('\n'));
    assert.equal(
      schemaNodeAt('StatefulSet', ['spec', 'template', 'spec', 'containers', 0, 'image'])?.t,
      'string',
    );
    assert.equal(schemaNodeAt('Service', ['spec', 'nope']), undefined);
  });
});

describe('resolveLintOptions', () => {
  const cases: [string, LintOptions, ResolvedLintOptions][] = [
    ['defaults', {}, { schemaValidation: true, strict: false }],
    [
      'auto with vscode-yaml',
      { kubernetesSchemaElsewhere: true },
      { schemaValidation: false, strict: false },
    ],
    ['off', { schemaValidation: 'off' }, { schemaValidation: false, strict: false }],
    ['strict option', { strict: true }, { schemaValidation: true, strict: true }],
    [
      'strict in CLI settings',
      { settings: { strict: true } as LintOptions['settings'] },
      { schemaValidation: true, strict: true },
    ],
  ];
  for (const [name, options, want] of cases)
    it(name, () => assert.deepEqual(resolveLintOptions(options), want));
});
