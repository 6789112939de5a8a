import { CliIo } from './cliIo';
import { globToRegExp, isGlob } from './globToRegExp';

/** Folders never searched. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);
const YAML_FILE = /\.ya?ml$/i;

/** The files named by the command line, and the arguments that named nothing readable. */
export interface ExpandedInputs {
  /** Paths to read, in order, each once; `-` stands for standard input. */
  files: string[];
  /** One message per argument that matched nothing or could not be read. */
  problems: string[];
}

/**
 * Expands each argument: `-` is standard input, a folder yields its *.yaml / *.yml files
 * (recursively, skipping node_modules and .git), a glob yields the matching files, a file itself.
 */
export function expandInputs(args: readonly string[], io: CliIo): ExpandedInputs {
  const files: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (f: string) => {
    if (!seen.has(f)) {
      seen.add(f);
      files.push(f);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    const kind = io.pathKind(resolveFrom(io.cwd, arg));
    if (kind === 'file') {
      add(arg);
    } else if (kind === 'directory') {
      const found = walk(arg, io).filter((f) => YAML_FILE.test(f));
      if (found.length === 0) problems.push(`${arg}: no .yaml or .yml files in this folder`);
      found.forEach(add);
    } else if (isGlob(arg)) {
      const found = matchGlob(arg, io);
      if (found.length === 0) problems.push(`${arg}: no files match this pattern`);
      found.forEach(add);
    } else {
      problems.push(`${arg}: no such file or folder`);
    }
  }
  return { files, problems };
}

/** Files matching `pattern`, searched from the longest folder prefix without glob syntax. */
function matchGlob(pattern: string, io: CliIo): string[] {
  const normalized = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const segments = normalized.split('/');
  const literal: string[] = [];
  for (const s of segments.slice(0, -1)) {
    if (isGlob(s)) break;
    literal.push(s);
  }
  const base = literal.length === 0 ? '.' : literal.join('/') || '/';
  let re: RegExp;
  try {
    re = globToRegExp(normalized);
  } catch {
    return [];
  }
  if (io.pathKind(resolveFrom(io.cwd, base)) !== 'directory') return [];
  // Without `**` a pattern cannot match deeper than its own number of segments.
  const depth = normalized.includes('**') ? Infinity : segments.length - literal.length;
  return walk(base, io, depth)
    .filter((f) => re.test(f))
    .sort();
}

/** Every file under `dir` down to `depth` levels, as paths starting with `dir`, sorted. */
function walk(dir: string, io: CliIo, depth = Infinity): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = io.listDir(resolveFrom(io.cwd, dir)).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const path = dir === '.' ? name : dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
    const kind = io.pathKind(resolveFrom(io.cwd, path));
    if (kind === 'directory' && !SKIPPED_DIRS.has(name)) {
      if (depth > 1) out.push(...walk(path, io, depth - 1));
    } else if (kind === 'file') {
      out.push(path);
    }
  }
  return out;
}

/** `path` made absolute against `cwd` (forward slashes; absolute paths stay as they are). */
export function resolveFrom(cwd: string, path: string): string {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return path;
  const joined = `${cwd.replace(/[\\/]+$/, '')}/${path}`;
  const parts: string[] = [];
  for (const p of joined.split(/[\\/]+/)) {
    if (p === '.' || (p === '' && parts.length > 0)) continue;
    if (p === '..' && parts.length > 1) parts.pop();
    else parts.push(p);
  }
  return parts.join('/') || '/';
}
