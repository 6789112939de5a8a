// Extension activation time: dist/extension.js is loaded with a stand-in `vscode` module and
// activate() is timed, load included (as VS Code counts it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A stand-in for any `vscode` API: every property is callable, constructible and iterable-empty. */
function standIn(): unknown {
  const target = function () { /* any call */ };
  const handler: ProxyHandler<typeof target> = {
    get(_t, key) {
      if (key === 'then') return undefined;
      if (key === Symbol.iterator) return function* () { /* nothing */ };
      if (key === Symbol.toPrimitive) return () => '';
      if (key === 'length') return 0;
      return proxy;
    },
    apply: () => proxy,
    construct: () => proxy as object,
  };
  const proxy: unknown = new Proxy(target, handler);
  return proxy;
}

/**
 * The `vscode` module: a plain object (bundlers copy its own keys) holding a stand-in under every
 * property name the bundle uses.
 */
function vscodeModule(bundle: string): Record<string, unknown> {
  const api: Record<string, unknown> = {};
  for (const m of bundle.matchAll(/\.([A-Za-z_$][\w$]*)/g)) api[m[1]] = standIn();
  return api;
}

/** Median over a few loads of `activate()` plus module load, in ms. */
export function measureActivation(root: string, runs = 5): { ms: number; activateMs: number; error?: string } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = Module._load;
  const file = join(root, 'dist', 'extension.js');
  const vscode = vscodeModule(readFileSync(file, 'utf8'));
  Module._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'vscode' ? vscode : original.call(this, request, ...rest);
  };
  const times: number[] = [];
  const activateTimes: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      delete require.cache[file];
      const t = performance.now();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const ext = require(file) as { activate(context: unknown): unknown };
      const loaded = performance.now();
      ext.activate({ subscriptions: [], extensionUri: vscode, extensionPath: root, globalState: vscode,
        workspaceState: vscode, asAbsolutePath: (p: string) => join(root, p) });
      times.push(performance.now() - t);
      activateTimes.push(performance.now() - loaded);
    }
  } catch (err) {
    return { ms: NaN, activateMs: NaN, error: err instanceof Error ? err.message : String(err) };
  } finally {
    Module._load = original;
  }
  const median = (v: number[]) => v.sort((a, b) => a - b)[Math.floor(v.length / 2)];
  return { ms: median(times), activateMs: median(activateTimes) };
}
