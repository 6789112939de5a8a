import * as assert from 'node:assert/strict';
import { KubernetesSchema } from '../../../src/schema/kubernetesSchema';
import { SchemaProblem, validateSchema } from '../../../src/schema/validateSchema';

/** A small schema: a node that holds itself (`children`), lists, maps, enums and required fields. */
const SCHEMA: KubernetesSchema = {
  source: 'test',
  roots: { Tree: 'Tree', Broken: 'Missing' },
  types: {
    Tree: {
      p: {
        name: { t: 'string' },
        mode: { t: 'string', e: ['On', 'Off'] },
        size: { t: 'integer' },
        port: { t: 'int-or-string' },
        memory: { t: 'quantity' },
        children: { t: 'array', i: { r: 'Tree' } },
        labels: { t: 'object', v: { t: 'string' } },
        extra: { t: 'any' },
        inline: { p: { flag: { t: 'boolean' } }, q: ['flag'] },
      },
      q: ['name'],
    },
  },
};

const check = (value: unknown, strict = false): SchemaProblem[] =>
  validateSchema('Tree', value, { strict, schema: SCHEMA });

const brief = (problems: SchemaProblem[]) => problems.map((p) => [p.problem, p.path.join('/')]);

describe('validateSchema', () => {
  const cases: [string, unknown, boolean, [string, string][]][] = [
    ['a valid tree', { name: 'a', mode: 'On', size: 2, port: 'web', memory: 1, extra: [{}] }, false, []],
    ['type at the top', { name: 3 }, false, [['type', 'name']]],
    ['enum', { name: 'a', mode: 'on' }, false, [['enum', 'mode']]],
    ['a float where an integer belongs', { name: 'a', size: 1.5 }, false, [['type', 'size']]],
    ['required below a reference to itself', { name: 'a', children: [{ name: 'b' }, { size: 1 }] }, false,
      [['required', 'children/1/name']]],
    ['deep recursion', { name: 'a', children: [{ name: 'b', children: [{ name: 'c', mode: 'x' }] }] }, false,
      [['enum', 'children/0/children/0/mode']]],
    ['map values', { name: 'a', labels: { a: 'x', b: ['y'] } }, false, [['type', 'labels/b']]],
    ['inline object', { name: 'a', inline: { flag: 'yes' } }, false, [['type', 'inline/flag']]],
    ['inline required', { name: 'a', inline: {} }, false, [['required', 'inline/flag']]],
    ['null is not set', { name: null }, false, [['required', 'name']]],
    ['a list where a mapping belongs', [], false, [['type', '']]],
    ['unknown fields only when strict', { name: 'a', nope: 1 }, false, []],
    ['unknown field, strict', { name: 'a', nope: 1, children: [{ name: 'b', deeper: 2 }] }, true,
      [['unknown', 'nope'], ['unknown', 'children/0/deeper']]],
    ['status at the top is not unknown', { name: 'a', status: {} }, true, []],
    ['status below is', { name: 'a', children: [{ name: 'b', status: {} }] }, true,
      [['unknown', 'children/0/status']]],
    // Names of Object.prototype members are fields like any other: unknown unless declared.
    ['an Object.prototype name', { name: 'a', constructor: 1, toString: [] }, true,
      [['unknown', 'constructor'], ['unknown', 'toString']]],
    ['an Object.prototype name, not strict', { name: 'a', constructor: 1 }, false, []],
  ];
  for (const [name, value, strict, want] of cases) {
    it(name, () => assert.deepEqual(brief(check(value, strict)), want));
  }

  it('says where and what in its messages', () => {
    const messages = (value: unknown, strict = false) => check(value, strict).map((p) => p.message);
    assert.deepEqual(messages({ name: 'a', children: [{ name: 'b', size: 'ten' }], mode: 'x' }), [
      'children[0].size must be an integer, not the string "ten".',
      'mode is "x"; allowed: On, Off.',
    ]);
    assert.deepEqual(messages({ name: 'a', nope: 1 }, true), ['nope is not a known field.']);
    assert.deepEqual(messages({}), ['name is required.']);
  });

  it('names timestamps and binary data (YAML 1.1) for what they are, not mappings', () => {
    const messages = (value: unknown) => check(value).map((p) => p.message);
    assert.deepEqual(messages({ name: new Date(Date.UTC(2001, 11, 14)) }), [
      'name must be a string, not a timestamp.',
    ]);
    assert.deepEqual(messages({ name: new Uint8Array([1, 2]) }), ['name must be a string, not binary data.']);
  });

  it('returns nothing for kinds outside the schema or roots without a type', () => {
    assert.deepEqual(validateSchema('Pod', { name: 3 }, { strict: true, schema: SCHEMA }), []);
    assert.deepEqual(validateSchema('Broken', { name: 3 }, { strict: true, schema: SCHEMA }), []);
    const options = { strict: true, schema: SCHEMA };
    assert.deepEqual(validateSchema('constructor', { name: 3 }, options), []);
  });

  it('keeps each schema apart', () => {
    const other: KubernetesSchema = { ...SCHEMA, types: { Tree: { p: { name: { t: 'integer' } } } } };
    assert.deepEqual(brief(validateSchema('Tree', { name: 'a' }, { strict: false, schema: other })),
      [['type', 'name']]);
    assert.deepEqual(brief(check({ name: 'a' })), []);
  });

  it('validates the bundled Kubernetes schema by default', () => {
    const spec = { replicas: 'x', podManagementPolicy: 'Serial' };
    const set = { apiVersion: 'apps/v1', kind: 'StatefulSet', spec };
    assert.deepEqual(brief(validateSchema('StatefulSet', set, { strict: false })),
      [['type', 'spec/replicas'], ['enum', 'spec/podManagementPolicy'], ['required', 'spec/selector'],
        ['required', 'spec/template']]);
  });
});
