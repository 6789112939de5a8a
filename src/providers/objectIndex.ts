import * as vscode from 'vscode';
import { allObjects, KIND_LINE, KubeObject, parseManifest, ParsedManifest } from '../manifest';
import { Logger } from '../util/logger';
import { manifestInSlices, parseFileInSlices } from './manifestCache';

/** Workspace YAML files indexed at most (the rest are ignored; open documents always count). */
export const MAX_WORKSPACE_FILES = 2000;
/** Files larger than this are not indexed from disk (rendered dumps); open ones still are. */
const MAX_FILE_BYTES = 2_000_000;
const DEBOUNCE_MS = 300;
/** Kinds other files contribute to cross-file rules, hover and completion. */
const INDEXED_KINDS = new Set(['Service', 'PodDisruptionBudget', 'StatefulSet']);
const INDEXED_SCHEMES = new Set(['file', 'untitled', 'vscode-remote', 'vscode-vfs']);

interface IndexedFile {
  objects: KubeObject[];
  lineStarts: number[];
  /** The objects' values as JSON, to tell real changes from layout edits. */
  signature: string;
}

/**
 * The Kubernetes objects of open YAML documents and workspace YAML files, by file URI. Open
 * documents are indexed from their live text; other files from disk, re-read on change.
 */
export class ObjectIndex {
  private readonly files = new Map<string, IndexedFile>();
  private readonly changed = new vscode.EventEmitter<ReadonlySet<string>>();
  private fireTimer: ReturnType<typeof setTimeout> | undefined;
  private pending = new Set<string>();
  /** Fires (debounced) whenever some files' objects changed, with the URIs of those files. */
  readonly onDidChange = this.changed.event;

  /** Objects of every indexed file except `source` (the document being linted). */
  otherObjects(source: string): KubeObject[] {
    const out: KubeObject[] = [];
    for (const [uri, file] of this.files) if (uri !== source) out.push(...file.objects);
    return out;
  }

  /** Line starts of an indexed file, for "file:line" in hovers. */
  lineStartsOf(source: string): readonly number[] | undefined {
    return this.files.get(source)?.lineStarts;
  }

  /**
   * Indexes `input` (a file's text, or an open document's cached parse) as the content of `uri`;
   * files without `kind:` are dropped cheaply.
   */
  update(uri: string, input: string | ParsedManifest): void {
    const had = this.files.has(uri);
    const text = typeof input === 'string' ? input : input.text;
    if (!KIND_LINE.test(text)) {
      if (had) this.remove(uri);
      return;
    }
    const manifest = typeof input === 'string' ? parseManifest(text, uri) : input;
    if (manifest.templated) {
      if (had) this.remove(uri);
      return;
    }
    // NOTE: only Services, PDBs and StatefulSets of other files are kept (what cross-file rules read).
    const objects = allObjects(manifest).filter((o) => INDEXED_KINDS.has(o.kind));
    if (objects.length === 0) {
      if (had) this.remove(uri);
      return;
    }
    const signature = JSON.stringify(objects.map((o) => o.value));
    const unchanged = this.files.get(uri)?.signature === signature;
    this.files.set(uri, { objects, lineStarts: manifest.lineStarts, signature });
    // Edits that leave the objects as they were (comments, layout) do not re-lint other files.
    if (!unchanged) this.scheduleFire(uri);
  }

  remove(uri: string): void {
    if (this.files.delete(uri)) this.scheduleFire(uri);
  }

  get size(): number {
    return this.files.size;
  }

  private scheduleFire(uri: string): void {
    this.pending.add(uri);
    if (this.fireTimer) return;
    this.fireTimer = setTimeout(() => {
      this.fireTimer = undefined;
      const uris = this.pending;
      this.pending = new Set();
      this.changed.fire(uris);
    }, DEBOUNCE_MS);
  }

  dispose(): void {
    if (this.fireTimer) clearTimeout(this.fireTimer);
    this.changed.dispose();
    this.files.clear();
  }
}

/** The extension's one index; filled by `registerObjectIndex`. */
export const objectIndex = new ObjectIndex();

/** A YAML file on disk inside a workspace folder: what the workspace scan and watcher index. */
function isWorkspaceYaml(uri: vscode.Uri): boolean {
  if (uri.scheme === 'untitled' || !/\.ya?ml$/i.test(uri.path)) return false;
  return vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** Starts indexing open documents and workspace YAML files; keeps the index current. */
export function registerObjectIndex(log: Logger): vscode.Disposable {
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const openDoc = (uri: vscode.Uri) =>
    vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());

  const indexDocument = async (doc: vscode.TextDocument) => {
    // Only real files and untitled buffers: `git:` and other virtual copies would duplicate objects.
    if (doc.languageId !== 'yaml' || !INDEXED_SCHEMES.has(doc.uri.scheme)) return;
    try {
      // The shared incremental parse, in slices: a large file is not parsed whole after each edit,
      // nor in one go when it opens. A version edited meanwhile is indexed by its own event.
      const manifest = await manifestInSlices(doc);
      if (manifest) objectIndex.update(doc.uri.toString(), manifest);
    } catch (err) {
      log.error(err instanceof Error ? err : String(err));
    }
  };
  const indexFile = async (uri: vscode.Uri, closing = false) => {
    if (!closing && openDoc(uri)) return; // the live text wins over the disk
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) {
        objectIndex.remove(uri.toString()); // it may have been indexed while open, or smaller
        return;
      }
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      // Parsed in slices: a large file found by the workspace scan does not hold the editor.
      const input = KIND_LINE.test(text) ? await parseFileInSlices(uri.toString(), text) : text;
      objectIndex.update(uri.toString(), input);
    } catch (err) {
      log.debug(`object index: cannot read ${uri.toString()}: ${String(err)}`);
      objectIndex.remove(uri.toString());
    }
  };
  const scanWorkspace = async () => {
    try {
      const uris = await vscode.workspace.findFiles(
        '**/*.{yaml,yml}',
        '**/node_modules/**',
        MAX_WORKSPACE_FILES,
      );
      for (const uri of uris) await indexFile(uri);
      log.info(
        `object index: ${objectIndex.size} files with Services, PDBs or StatefulSets (${uris.length} YAML files scanned)`,
      );
    } catch (err) {
      log.error(err instanceof Error ? err : String(err));
    }
  };
  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void indexDocument(doc);
      }, DEBOUNCE_MS),
    );
  };

  vscode.workspace.textDocuments.forEach(indexDocument);
  void scanWorkspace();
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{yaml,yml}');
  return vscode.Disposable.from(
    watcher,
    watcher.onDidCreate((uri) => void indexFile(uri)),
    watcher.onDidChange((uri) => void indexFile(uri)),
    watcher.onDidDelete((uri) => objectIndex.remove(uri.toString())),
    vscode.workspace.onDidOpenTextDocument(indexDocument),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      clearTimeout(timers.get(doc.uri.toString()));
      // A closed workspace file goes back to its saved content (if not too large to index);
      // untitled buffers and files outside the workspace disappear, as the scan never sees them.
      if (isWorkspaceYaml(doc.uri)) void indexFile(doc.uri, true);
      else objectIndex.remove(doc.uri.toString());
    }),
    {
      dispose: () => {
        timers.forEach((t) => clearTimeout(t));
        objectIndex.dispose();
      },
    },
  );
}
