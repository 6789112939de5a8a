// Bundles the playground into dist/playground/: the page script (Monaco, monaco-yaml and our pure
// core), Monaco's editor worker, the YAML language-server worker, the panel shim and the static
// files. Everything is served locally; nothing is fetched from elsewhere at run time.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(root, 'dist', 'playground');
const STATIC = ['index.html', 'panel.html', 'playground.css', 'panelTheme.css'];

/**
 * monaco-worker-manager imports `monaco-editor/esm/vs/...` deep paths, which monaco-editor's
 * package exports no longer allow: resolve those straight to the files.
 */
const monacoDeepPaths = {
  name: 'monaco-deep-paths',
  setup(build) {
    build.onResolve({ filter: /^monaco-editor\/esm\// }, (args) => ({
      path: join(root, 'node_modules', args.path),
    }));
  },
};

export async function buildPlayground({ quiet = false } = {}) {
  mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'info',
    platform: 'browser',
    target: 'es2022',
    absWorkingDir: root,
    plugins: [monacoDeepPaths],
  };
  await Promise.all([
    esbuild.build({
      ...common,
      entryPoints: { app: join(here, 'app.ts') },
      outdir: out,
      format: 'iife',
      loader: { '.ttf': 'file' },
    }),
    esbuild.build({
      ...common,
      entryPoints: { 'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js' },
      outdir: out,
      format: 'iife',
    }),
    esbuild.build({
      ...common,
      entryPoints: { 'yaml.worker': 'monaco-yaml/yaml.worker.js' },
      outdir: out,
      format: 'iife',
    }),
    esbuild.build({
      ...common,
      entryPoints: { panelShim: join(here, 'panelShim.ts') },
      outdir: out,
      format: 'iife',
    }),
  ]);
  for (const f of STATIC) copyFileSync(join(here, f), join(out, f));
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await buildPlayground();
}
