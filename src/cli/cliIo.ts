import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';

/** Kind of a path on disk, as far as the CLI cares. */
export type PathKind = 'file' | 'directory' | 'missing';

/**
 * Everything the commands touch outside themselves. Tests pass a fake; `nodeIo()` is the real one.
 * Reads throw on failure (the commands turn that into a message and exit code 2).
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  readStdin(): Promise<string>;
  /** Names of the entries of a directory. */
  listDir(path: string): string[];
  pathKind(path: string): PathKind;
  cwd: string;
  /** Whether standard output is a terminal (colour is used only then). */
  isTty: boolean;
  /** Environment variables the commands consult (NO_COLOR, FORCE_COLOR). */
  env: Record<string, string | undefined>;
}

/** The real process: files on disk, the process' streams and environment. */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
    readStdin,
    listDir: (path) => readdirSync(path),
    pathKind: (path) => {
      try {
        const s = statSync(path);
        return s.isDirectory() ? 'directory' : 'file';
      } catch {
        return 'missing';
      }
    },
    cwd: process.cwd(),
    isTty: process.stdout.isTTY === true,
    env: process.env,
  };
}

function readStdin(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/**
 * Makes the process end quietly when a reader closes the pipe early (`preview big.yaml | head`):
 * a write to a closed stdout or stderr fails with EPIPE, which would otherwise crash the CLI.
 */
export function exitQuietlyOnBrokenPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}
