import * as assert from 'node:assert/strict';
import { allObjects, parseManifest } from '../../../src/manifest';
import { hoverAt } from '../../../src/language/hover';
import { cursorAt, WEB } from './cursor';

function hover(source: string, other?: string) {
  const { text, offset } = cursorAt(source);
  const otherObjects = other
    ? allObjects(parseManifest(other, 'file:///svc/other.yaml'))
    : undefined;
  const result = hoverAt(text, offset, { source: 'file:///web.yaml', otherObjects });
  return result && { ...result, hovered: text.slice(result.range.start, result.range.end) };
}

describe('hover', () => {
  it('on metadata.name lists pods, DNS names and PVCs', () => {
    const h = hover(WEB.replace('  name: web\nspec', '  name: w‸eb\nspec'));
    assert.equal(h?.hovered, 'web');
    for (const s of [
      'web-0',
      'web-2',
      'web-0.web-headless.default.svc.cluster.local',
      'data-web-1',
    ]) {
      assert.ok(h?.markdown.includes(s), s);
    }
    assert.ok(!h?.markdown.includes('web-3'));
  });

  it('on replicas caps long pod lists', () => {
    const h = hover(WEB.replace('replicas: 3', 'replicas: 4‸0'));
    assert.equal(h?.hovered, '40');
    assert.ok(h?.markdown.includes('web-4'));
    assert.ok(!h?.markdown.includes('web-5`'));
    assert.ok(h?.markdown.includes('35 more'));
  });

  it('on the replicas key shows the field documentation and the pods', () => {
    const h = hover(WEB.replace('replicas: 3', 'repl‸icas: 3'));
    assert.equal(h?.hovered, 'replicas');
    assert.ok(h?.markdown.includes('spec.replicas'));
    assert.ok(h?.markdown.includes('web-1'));
  });

  it('on ordinals.start numbers pods from the start', () => {
    const h = hover(WEB.replace('replicas: 3', 'replicas: 2\n  ordinals:\n    start: ‸5'));
    assert.ok(h?.markdown.includes('web-5') && h.markdown.includes('web-6'));
    assert.ok(!h?.markdown.includes('web-0'));
  });

  it('on serviceName resolves the headless Service with its line', () => {
    const h = hover(WEB.replace('serviceName: web-headless', 'serviceName: web-he‸adless'));
    assert.ok(h?.markdown.includes('web.yaml:1'));
    assert.ok(h?.markdown.includes('headless'));
    assert.ok(h?.markdown.includes('_http._tcp.web-headless.default.svc.cluster.local'));
  });

  it('on serviceName of a Service in another file names that file', () => {
    const other =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: remote\nspec:\n  clusterIP: None\n';
    const h = hover(WEB.replace('serviceName: web-headless', 'serviceName: rem‸ote'), other);
    assert.ok(h?.markdown.includes('other.yaml'));
  });

  it('on serviceName of a Service that is not headless says so', () => {
    const h = hover(WEB.replace('serviceName: web-headless', 'serviceName: web-l‸b'));
    assert.ok(h?.markdown.includes('not headless'));
  });

  it('on serviceName without a Service says it is missing', () => {
    const h = hover(WEB.replace('serviceName: web-headless', 'serviceName: nop‸e'));
    assert.ok(h?.markdown.includes('No Service'));
  });

  it('on an enum field shows documentation with values', () => {
    const h = hover(
      WEB.replace('  replicas: 3', '  replicas: 3\n  podManagementPolicy: Par‸allel'),
    );
    assert.equal(h?.hovered, 'Parallel');
    assert.ok(h?.markdown.includes('OrderedReady'));
  });

  it('on a claim template name lists its PVCs', () => {
    const h = hover(WEB.replace('        name: data\n', '        name: da‸ta\n'));
    assert.ok(h?.markdown.includes('data-web-0') && h.markdown.includes('data-web-2'));
  });

  it('nothing on a Service or on unknown fields', () => {
    assert.equal(hover(WEB.replace('clusterIP: None', 'clusterIP: No‸ne')), undefined);
    assert.equal(hover(WEB.replace('configMap:', 'frobni‸cate:')), undefined);
  });

  it('never throws on broken YAML', () => {
    assert.equal(hover('kind: StatefulSet\nspec: [‸\n'), undefined);
  });
});

describe('hover from the Kubernetes schema', () => {
  it('documents a field our table does not', () => {
    const h = hover(WEB.replace('          configMap:', '          config‸Map:'));
    assert.equal(h?.hovered, 'configMap');
    assert.ok(h?.markdown.includes('spec.template.spec.volumes.*.configMap'));
  });
});

describe('hover on a Service name', () => {
  it('lists the StatefulSets it governs with their place', () => {
    const h = hover(WEB.replace('  name: web-headless', '  name: web-h‸eadless'));
    assert.equal(h?.hovered, 'web-headless');
    assert.ok(h?.markdown.includes('`web` at web.yaml:21'), h?.markdown);
  });
  it('says when a governing Service is not headless', () => {
    const text = WEB.replace('serviceName: web-headless', 'serviceName: web-lb').replace(
      '  name: web-lb',
      '  name: web-‸lb',
    );
    assert.ok(hover(text)?.markdown.includes('not headless'));
  });
  it('nothing for a Service no set uses', () => {
    assert.equal(hover(WEB.replace('  name: web-lb', '  name: web-‸lb')), undefined);
  });
});
