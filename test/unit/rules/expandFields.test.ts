import * as assert from 'node:assert/strict';
import { expandFields } from '../../../src/rules/wrongFieldType';

describe('expandFields', () => {
  const value = {
    spec: {
      replicas: 3,
      containers: [
        { name: 'a', ports: [{ containerPort: 80 }, { containerPort: '81' }] },
        { name: 'b' },
        'not a map',
        { name: 'c', ports: { containerPort: 82 } },
      ],
    },
  };
  const cases: [string, (string | number)[], [string, unknown][]][] = [
    ['a plain path', ['spec', 'replicas'], [['spec/replicas', 3]]],
    ['an absent path still yields its one path', ['spec', 'nope', 'x'], [['spec/nope/x', undefined]]],
    ['one star', ['spec', 'containers', '*', 'name'], [
      ['spec/containers/0/name', 'a'], ['spec/containers/1/name', 'b'],
      ['spec/containers/2/name', undefined], ['spec/containers/3/name', 'c'],
    ]],
    ['two stars, skipping what is not a list', ['spec', 'containers', '*', 'ports', '*', 'containerPort'], [
      ['spec/containers/0/ports/0/containerPort', 80], ['spec/containers/0/ports/1/containerPort', '81'],
    ]],
    ['a star over something that is not a list', ['spec', 'replicas', '*'], []],
    ['a star at the end', ['spec', 'containers', '*'], [
      ['spec/containers/0', value.spec.containers[0]], ['spec/containers/1', value.spec.containers[1]],
      ['spec/containers/2', 'not a map'], ['spec/containers/3', value.spec.containers[3]],
    ]],
  ];
  for (const [name, pattern, want] of cases) {
    it(name, () => {
      const got = expandFields(value, pattern).map((f): [string, unknown] => [f.path.join('/'), f.value]);
      assert.deepEqual(got, want);
      // The same pattern array a second time gives the same answer.
      assert.deepEqual(expandFields(value, pattern).map((f) => f.path.join('/')), want.map(([p]) => p));
    });
  }

  it('gives each result its own path', () => {
    const [first, second] = expandFields(value, ['spec', 'containers', '*', 'name']);
    first.path.push('changed');
    assert.deepEqual(second.path, ['spec', 'containers', 1, 'name']);
  });
});
