import * as assert from 'node:assert/strict';
import { revealRange } from '../../../src/panel/revealRange';
import type { RevealMessage, RevealTarget } from '../../../src/protocol/messages';
import { marked } from '../helpers';

// Each case marks, with «…», the range a click on a name of `target` must select.
const base = (target: RevealTarget, claimTemplate?: string): RevealMessage => ({
  type: 'reveal',
  uri: 'file:///x.yaml',
  version: 1,
  docIndex: 1,
  target,
  claimTemplate,
});

const doc = (marks: Record<string, boolean>) => {
  const m = (key: string, s: string) => (marks[key] ? `«${s}»` : s);
  return `apiVersion: v1
kind: Service
metadata:
  name: ${m('service', 'nginx')}
spec:
  clusterIP: None
  ports:
    ${m('srv', '- name: web\n      port: 80\n')}---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${m('name', 'web')}
spec:
  serviceName: ${m('dns', 'nginx')}
  replicas: ${m('replicas', '3')}
  template: {}
  volumeClaimTemplates:
    - metadata:
        name: ${m('logs', 'logs')}
    - metadata:
        name: ${m('www', 'www')}
`;
};

describe('revealRange', () => {
  const cases: [RevealMessage, string][] = [
    [base('set'), 'name'],
    [base('pod'), 'name'],
    [base('replicas'), 'replicas'],
    [base('pvc', 'www'), 'www'],
    [base('pvc', 'logs'), 'logs'],
    [base('pvc', 'missing'), 'name'],
    [base('dns'), 'dns'],
    [base('service'), 'service'],
    [base('srv'), 'srv'],
  ];
  for (const [message, mark] of cases) {
    it(`${message.target}${message.claimTemplate ? ` ${message.claimTemplate}` : ''} selects ${mark}`, () => {
      const { text, ranges } = marked(doc({ [mark]: true }));
      assert.deepEqual(revealRange(text, message), ranges[0]);
    });
  }

  it('finds nothing for a document without a StatefulSet', () => {
    const { text } = marked(doc({}));
    assert.equal(revealRange(text, { ...base('pod'), docIndex: 0 }), undefined);
  });

  it('falls back to spec.serviceName when the Service is not in the file', () => {
    const { text, ranges } = marked(doc({ dns: true }).replace('name: nginx', 'name: other'));
    assert.deepEqual(revealRange(text, base('service')), ranges[0]);
  });
});
