// `npm start`: builds what is missing or stale (the panel app, the playground bundles), then
// serves the playground on 127.0.0.1 and prints its address. PORT picks the port (default: free).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPlayground } from './build.mjs';
import { startServer } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the files under `dirs`. */
function newest(dirs) {
  let max = 0;
  const visit = (p) => {
    let s;
    try {
      s = statSync(p);
    } catch {
      return;
    }
    if (s.isDirectory()) for (const e of readdirSync(p)) visit(join(p, e));
    else max = Math.max(max, s.mtimeMs);
  };
  dirs.forEach((d) => visit(join(root, d)));
  return max;
}

function age(file) {
  return existsSync(file) ? statSync(file).mtimeMs : -1;
}

const sources = newest(['src', 'webview', 'playground']);
if (
  existsSync(join(root, 'webview', 'main.ts')) &&
  (age(join(root, 'dist', 'webview.js')) < sources || age(join(root, 'dist', 'cli.js')) < sources)
) {
  console.log('Building the panel app...');
  const r = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0)
    console.error('The panel app did not build; the playground shows the editor only.');
}
if (age(join(root, 'dist', 'playground', 'app.js')) < sources) {
  console.log('Building the playground...');
  await buildPlayground({ quiet: true });
}

// The main job on the examples, as the CLI does it: every finding, then the playground.
if (existsSync(join(root, 'dist', 'cli.js')) && process.env.PLAYGROUND_SKIP_LINT !== '1') {
  console.log('Linting examples/ (statefulset-studio lint examples):');
  spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), 'lint', 'examples'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const port = Number(process.env.PORT ?? 0);
const { url, close } = await startServer({
  root,
  port: Number.isInteger(port) && port >= 0 ? port : 0,
});
console.log(`Playground: ${url}`);
const stop = () => void close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
