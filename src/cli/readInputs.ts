import { allObjects, KubeObject, parseManifest, ParsedManifest } from '../manifest';
import { CliIo } from './cliIo';
import { expandInputs, resolveFrom } from './expandInputs';

/** Name shown for standard input. */
export const STDIN_LABEL = '<stdin>';

/** One input file, read and parsed. */
export interface InputFile {
  /** The path as the user gave it (or as found under a folder), or `<stdin>`. */
  label: string;
  /** Absolute path on disk; undefined for standard input. */
  path: string | undefined;
  manifest: ParsedManifest;
}

/** The readable inputs, every object in them, and one message per input that failed. */
export interface ReadInputs {
  inputs: InputFile[];
  objects: KubeObject[];
  problems: string[];
}

/** Expands, reads and parses the command line's files; failures are collected, not thrown. */
export async function readInputs(args: readonly string[], io: CliIo): Promise<ReadInputs> {
  const { files, problems } = expandInputs(args, io);
  const inputs: InputFile[] = [];
  for (const file of files) {
    let text: string;
    const path = file === '-' ? undefined : resolveFrom(io.cwd, file);
    try {
      text = path === undefined ? await io.readStdin() : io.readFile(path);
    } catch (err) {
      problems.push(`${file}: cannot read: ${reason(err)}`);
      continue;
    }
    const label = path === undefined ? STDIN_LABEL : file;
    inputs.push({ label, path, manifest: parseManifest(text, label) });
  }
  const objects = inputs.flatMap((i) => allObjects(i.manifest));
  return { inputs, objects, problems };
}

function reason(err: unknown): string {
  const code = (err as { code?: unknown }).code;
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  if (code === 'ENOENT') return 'no such file';
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
