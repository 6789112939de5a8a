import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The core runs in the extension host, the webview, the CLI and plain mocha: it must import
// nothing from `vscode`, nothing from Node built-ins, and touch no DOM.
const CORE = ['src/manifest', 'src/rules', 'src/engine', 'src/language'];
const FORBIDDEN = [
  { what: 'vscode import', re: /from ['"]vscode['"]|require\(['"]vscode['"]\)/ },
  { what: 'Node built-in import', re: /from ['"](node:|fs['"]|path['"]|child_process['"])/ },
  { what: 'DOM access', re: /\b(document|window)\.[a-zA-Z]/ },
];

function tsFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[] = [];
  try { entries = readdirSync(dir); } catch { return out; }
  for (const e of entries) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(tsFiles(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('pure core', () => {
  const root = join(__dirname, '..', '..', '..');
  for (const dir of CORE) {
    it(`${dir} imports no vscode, Node built-ins or DOM`, () => {
      for (const file of tsFiles(join(root, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const f of FORBIDDEN) assert.ok(!f.re.test(text), `${file}: ${f.what}`);
      }
    });
  }
});
