import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOOL_VERSION } from '../../../src/cli/findingsToSarif';
import { runCli } from '../../../src/cli/runCli';
import { ALL_RULES } from '../../../src/rules';
import { BROKEN_SET, fakeIo, SERVICE } from './fakeIo';

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        rules: {
          id: string;
          shortDescription: { text: string };
          help: { text: string };
          defaultConfiguration: { level: string };
        }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
    }[];
  }[];
}

describe('cli sarif', () => {
  it('is SARIF 2.1.0 with every rule described and 1-based field regions', async () => {
    const io = fakeIo({ '/work/deploy/a.yaml': BROKEN_SET });
    const code = await runCli(['lint', '--format', 'sarif', 'deploy/a.yaml'], io);
    assert.equal(code, 1);
    const log = JSON.parse(io.out.join('')) as SarifLog;
    assert.equal(log.version, '2.1.0');
    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'statefulset-studio');
    for (const rule of ALL_RULES) {
      const d = driver.rules.find((r) => r.id === rule.id);
      assert.ok(d, rule.id);
      assert.equal(d.shortDescription.text, rule.summary);
      assert.ok(d.help.text.length > 0);
      assert.equal(
        d.defaultConfiguration.level,
        rule.defaultSeverity === 'info' ? 'note' : rule.defaultSeverity,
      );
    }
    const result = log.runs[0].results.find((r) => r.ruleId === 'selector-mismatch');
    assert.ok(result);
    assert.equal(driver.rules[result.ruleIndex].id, 'selector-mismatch');
    assert.equal(result.level, 'error');
    const loc = result.locations[0].physicalLocation;
    assert.equal(loc.artifactLocation.uri, 'deploy/a.yaml');
    // "      app: web" on line 10: the value `web` spans columns 12-14, end column exclusive.
    assert.deepEqual(loc.region, { startLine: 10, startColumn: 12, endLine: 10, endColumn: 15 });
  });

  it('maps info to note and gives every result a known rule index', async () => {
    const io = fakeIo({ '/work/a.yaml': BROKEN_SET });
    await runCli(['lint', '--format', 'sarif', '--rule', 'selector-mismatch=info', 'a.yaml'], io);
    const run = (JSON.parse(io.out.join('')) as SarifLog).runs[0];
    assert.equal(run.results.find((r) => r.ruleId === 'selector-mismatch')?.level, 'note');
    for (const r of run.results) assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
  });

  it('gives absolute paths file: URIs and keeps relative ones relative', async () => {
    const io = fakeIo({ '/srv/k8s/my set.yaml': BROKEN_SET, '/work/b.yaml': BROKEN_SET });
    await runCli(['lint', '--format', 'sarif', '/srv/k8s/my set.yaml', 'b.yaml'], io);
    const uris = (JSON.parse(io.out.join('')) as SarifLog).runs[0].results.map(
      (r) => r.locations[0].physicalLocation.artifactLocation.uri,
    );
    assert.ok(uris.includes('file:///srv/k8s/my%20set.yaml'), uris.join(' '));
    assert.ok(uris.includes('b.yaml'));
  });

  it('stamps the package version', () => {
    const pkg = JSON.parse(
      readFileSync(join(__dirname, '..', '..', '..', '..', 'package.json'), 'utf8'),
    ) as { version: string };
    assert.equal(TOOL_VERSION, pkg.version);
  });
});

describe('cli preview', () => {
  it('lists pods with ordinal, hostname, DNS and PVC names in JSON', async () => {
    const io = fakeIo({ '/work/a.yaml': `${BROKEN_SET}---\n${SERVICE}` });
    const code = await runCli(
      ['preview', 'a.yaml', '--format', 'json', '--cluster-domain', 'example.internal'],
      io,
    );
    assert.equal(code, 0);
    const { statefulSets } = JSON.parse(io.out.join('')) as {
      statefulSets: {
        name: string;
        namespace: string;
        namespaceDefaulted: boolean;
        serviceName: string;
        service: { found: boolean; headless: boolean; srv: { name: string }[] };
        pods: { ordinal: number; hostname: string; dnsName: string; pvcs: string[] }[];
      }[];
    };
    assert.equal(statefulSets.length, 1);
    const s = statefulSets[0];
    assert.deepEqual(
      [s.name, s.namespace, s.namespaceDefaulted, s.serviceName],
      ['web', 'default', true, 'web'],
    );
    assert.deepEqual([s.service.found, s.service.headless], [true, true]);
    assert.deepEqual(
      s.service.srv.map((r) => r.name),
      ['_http._tcp.web.default.svc.example.internal'],
    );
    assert.deepEqual(
      s.pods.map((p) => [p.ordinal, p.hostname, p.dnsName, p.pvcs]),
      [
        [0, 'web-0', 'web-0.web.default.svc.example.internal', ['data-web-0']],
        [1, 'web-1', 'web-1.web.default.svc.example.internal', ['data-web-1']],
      ],
    );
  });

  it('prints the same facts as text, marking the defaulted namespace', async () => {
    const io = fakeIo({ '/work/a.yaml': BROKEN_SET });
    assert.equal(await runCli(['preview', 'a.yaml', '--default-namespace', 'shop'], io), 0);
    const out = io.out.join('');
    assert.match(out, /namespace: +shop \(defaulted/);
    assert.match(out, /web-1\.web\.shop\.svc\.cluster\.local/);
    assert.match(out, /data-web-1/);
    assert.match(out, /not found in namespace shop/);
  });

  it('exits 2 for a missing file or extra arguments', async () => {
    assert.equal(await runCli(['preview', 'missing.yaml'], fakeIo({})), 2);
    assert.equal(
      await runCli(
        ['preview', 'a.yaml', 'b.yaml'],
        fakeIo({ '/work/a.yaml': SERVICE, '/work/b.yaml': SERVICE }),
      ),
      2,
    );
  });
});
