import * as assert from 'node:assert/strict';
import dgram = require('node:dgram');
import dns = require('node:dns');
import { readdirSync, readFileSync, statSync } from 'node:fs';
import http = require('node:http');
import https = require('node:https');
import net = require('node:net');
import { join } from 'node:path';
import { CliIo, nodeIo } from '../../src/cli/cliIo';
import { runCli } from '../../src/cli/runCli';
import { describeIdentity } from '../../src/engine/identity';
import { allObjects, parseManifest, resolveSettings } from '../../src/manifest';
import { applyPreferredFixes } from '../../src/rules/applyFixes';
import { lintText } from '../../src/rules/lint';

// The extension sends nothing over the network. A full headless session (lint, fix, preview and
// simulate over every example, in-process) runs with every way Node opens a connection or asks
// DNS wrapped: each use is recorded and refused.
const ROOT = join(__dirname, '..', '..', '..');

type Patch = { target: Record<string, unknown>; key: string; original: unknown };

/** Replaces the network entry points with recorders that throw; returns the undo. */
function watchNetwork(used: string[]): () => void {
  const patches: Patch[] = [];
  const wrap = (target: object, key: string, label: string) => {
    const t = target as Record<string, unknown>;
    patches.push({ target: t, key, original: t[key] });
    t[key] = () => {
      used.push(label);
      throw new Error(`network use refused in test: ${label}`);
    };
  };
  wrap(net.Socket.prototype, 'connect', 'net.Socket.connect');
  wrap(net, 'connect', 'net.connect');
  wrap(net, 'createConnection', 'net.createConnection');
  wrap(http, 'request', 'http.request');
  wrap(http, 'get', 'http.get');
  wrap(https, 'request', 'https.request');
  wrap(https, 'get', 'https.get');
  wrap(dgram, 'createSocket', 'dgram.createSocket');
  wrap(dns, 'lookup', 'dns.lookup');
  wrap(dns, 'resolve', 'dns.resolve');
  wrap(dns.promises, 'lookup', 'dns.promises.lookup');
  if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', 'fetch');
  return () => { for (const p of patches.reverse()) p.target[p.key] = p.original; };
}

/** The real file system, with output captured and writes kept in memory. */
function sessionIo(): CliIo & { out: string[]; written: Map<string, string> } {
  const out: string[] = [];
  const written = new Map<string, string>();
  return { ...nodeIo(), cwd: ROOT, isTty: false, env: {}, out, written,
    stdout: (t) => { out.push(t); }, stderr: (t) => { out.push(t); },
    writeFile: (path, text) => { written.set(path, text); } };
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(n) ? [p] : [];
  });
}

describe('network: a full headless session opens no socket', function () {
  this.timeout(60_000);
  const used: string[] = [];
  let undo: () => void = () => undefined;
  beforeEach(() => { used.length = 0; undo = watchNetwork(used); });
  afterEach(() => undo());

  it('records a connection attempt (the watch works)', () => {
    assert.throws(() => http.request({ host: '127.0.0.1', port: 9 }));
    assert.throws(() => new net.Socket().connect(9, '127.0.0.1'));
    assert.deepEqual(used, ['http.request', 'net.Socket.connect']);
  });

  it('lints, fixes and previews every example and simulates every scenario in-process', async () => {
    const examples = yamlFiles(join(ROOT, 'examples'));
    assert.ok(examples.length > 0, 'no examples found');
    const settings = resolveSettings({});
    let findings = 0;
    for (const file of examples) {
      const text = readFileSync(file, 'utf8');
      const found = lintText(text, file);
      findings += found.length;
      applyPreferredFixes(text, found, {}, file);
      const objects = allObjects(parseManifest(text, file));
      for (const set of objects.filter((o) => o.kind === 'StatefulSet')) describeIdentity(set, objects, settings);
    }
    assert.ok(findings > 0, 'the session produced no findings at all');

    const io = sessionIo();
    const codes: number[] = [];
    codes.push(await runCli(['lint', 'examples', '--format', 'sarif'], io));
    codes.push(await runCli(['fix', join('examples', 'mistakes.yaml')], io));
    for (const file of examples.filter((f) => !f.includes('scenarios'))) {
      codes.push(await runCli(['preview', file], io));
    }
    const scenarios = examples.filter((f) => /^steps:/m.test(readFileSync(f, 'utf8')));
    assert.ok(scenarios.length > 0, 'no scenario files found');
    for (const file of scenarios) codes.push(await runCli(['simulate', file], io));
    assert.ok(io.out.join('').length > 0, 'the CLI printed nothing');
    assert.ok(codes.every((c) => c !== 2), `usage errors: ${codes.join(',')}\n${io.out.join('').slice(0, 500)}`);
    assert.deepEqual(used, []);
  });

  it('declares full support for untrusted and virtual workspaces', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.capabilities?.untrustedWorkspaces, { supported: true });
    assert.equal(pkg.capabilities?.virtualWorkspaces, true);
  });

  it('has no network API in the extension, CLI, core or webview sources', () => {
    // Also nothing that runs workspace content: no child processes, eval or dynamic code.
    const forbidden = /from '(node:)?(http|https|http2|net|tls|dgram|dns|child_process)'|\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|\beval\(|new Function\(/;
    const files = ['src', 'webview'].flatMap((d) => tsFiles(join(ROOT, d)));
    const hits = files.filter((f) => forbidden.test(readFileSync(f, 'utf8')));
    assert.deepEqual(hits, []);
  });
});

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : n.endsWith('.ts') ? [p] : [];
  });
}
