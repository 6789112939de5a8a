// A minimal stand-in for the `vscode` module, enough to drive the language providers in plain
// mocha: documents with versions, ranges, workspace edits, code actions and registrations. The
// real editor is covered by the extension-host suite; this checks the providers' own logic.
import Module = require('node:module');

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
  isEqual(o: Position): boolean {
    return o.line === this.line && o.character === this.character;
  }
}

export class Range {
  constructor(
    readonly start: Position,
    readonly end: Position,
  ) {}
  isEqual(o: Range): boolean {
    return this.start.isEqual(o.start) && this.end.isEqual(o.end);
  }
}

export class Uri {
  constructor(readonly value: string) {}
  get path(): string {
    return this.value.replace(/^[a-z-]+:(\/\/[^/]*)?/, '');
  }
  toString(): string {
    return this.value;
  }
}

export class FakeDocument {
  languageId = 'yaml';
  isClosed = false;
  constructor(
    readonly uri: Uri,
    private text: string,
    public version = 1,
  ) {}
  getText(): string {
    return this.text;
  }
  get lineCount(): number {
    return this.lineStarts().length;
  }
  setText(text: string): void {
    this.text = text;
    this.version++;
  }
  private starts: { version: number; lines: number[] } | undefined;
  /** Line start offsets of the current text, computed once per version (as VS Code keeps them). */
  private lineStarts(): number[] {
    if (this.starts?.version !== this.version) {
      const lines = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) {
        lines.push(i + 1);
      }
      this.starts = { version: this.version, lines };
    }
    return this.starts.lines;
  }
  positionAt(offset: number): Position {
    const lines = this.lineStarts();
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if (lines[m] <= offset) lo = m;
      else hi = m - 1;
    }
    return new Position(lo, offset - lines[lo]);
  }
  offsetAt(p: Position): number {
    const lines = this.lineStarts();
    if (p.line >= lines.length) return this.text.length;
    return lines[p.line] + p.character;
  }
  lineAt(line: number) {
    const text = this.text.split('\n')[line] ?? '';
    return {
      lineNumber: line,
      text,
      range: new Range(new Position(line, 0), new Position(line, text.length)),
      firstNonWhitespaceCharacterIndex: text.length - text.trimStart().length,
    };
  }
}

export interface EditOp {
  uri: string;
  range: Range;
  newText: string;
}

export class WorkspaceEdit {
  readonly ops: EditOp[] = [];
  replace(uri: Uri, range: Range, newText: string): void {
    this.ops.push({ uri: uri.toString(), range, newText });
  }
  insert(uri: Uri, at: Position, newText: string): void {
    this.ops.push({ uri: uri.toString(), range: new Range(at, at), newText });
  }
}

/** Applies a fake edit to a document's text, last edit first. */
export function applyEdit(doc: FakeDocument, edit: WorkspaceEdit): string {
  const ops = [...edit.ops].sort(
    (a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start),
  );
  let text = doc.getText();
  for (const op of ops) {
    text =
      text.slice(0, doc.offsetAt(op.range.start)) +
      op.newText +
      text.slice(doc.offsetAt(op.range.end));
  }
  return text;
}

export class Diagnostic {
  code: string | undefined;
  source: string | undefined;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity = 0,
  ) {}
}

class EventEmitter<T> {
  private listeners: ((e: T) => unknown)[] = [];
  readonly event = (l: (e: T) => unknown) => {
    this.listeners.push(l);
    return { dispose: () => (this.listeners = this.listeners.filter((x) => x !== l)) };
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

class Disposable {
  constructor(private readonly fn: () => void) {}
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

class CodeAction {
  edit: WorkspaceEdit | undefined;
  command: { command: string; title: string; arguments?: unknown[] } | undefined;
  diagnostics: Diagnostic[] | undefined;
  isPreferred: boolean | undefined;
  constructor(
    readonly title: string,
    readonly kind: string,
  ) {}
}

class TabInputText {
  constructor(readonly uri: Uri) {}
}

class SnippetString {
  constructor(readonly value: string) {}
}

class MarkdownString {
  constructor(readonly value: string) {}
}

class CompletionItem {
  insertText: string | SnippetString | undefined;
  range: Range | undefined;
  detail: string | undefined;
  documentation: MarkdownString | undefined;
  sortText: string | undefined;
  constructor(
    readonly label: string,
    readonly kind: number,
  ) {}
}

class CodeLens {
  constructor(
    readonly range: Range,
    readonly command?: { title: string; command: string; arguments?: unknown[] },
  ) {}
}

/** What the fake recorded: registered providers and commands, settings the test controls. */
export interface FakeWorld {
  providers: Map<string, unknown>;
  commands: Map<string, (...args: unknown[]) => unknown>;
  settings: Record<string, unknown>;
  updates: { key: string; value: unknown }[];
  /** Diagnostics last set per URI by any collection. */
  diagnostics: Map<string, Diagnostic[]>;
  /** Documents `workspace.openTextDocument` can load, by URI. */
  files: Map<string, FakeDocument>;
  /** The open editor tabs (set `input` to a `TabInputText`). */
  tabs: { input: unknown }[];
  /** Fires an event the providers subscribed to, e.g. `workspace.onDidChangeTextDocument`. */
  fire(event: string, payload: unknown): void;
}

export function createFakeVscode(): { api: Record<string, unknown>; world: FakeWorld } {
  const listeners = new Map<string, ((e: unknown) => unknown)[]>();
  const world: FakeWorld = {
    providers: new Map(),
    commands: new Map(),
    settings: {},
    updates: [],
    diagnostics: new Map(),
    files: new Map(),
    tabs: [],
    fire: (event, payload) => (listeners.get(event) ?? []).forEach((l) => l(payload)),
  };
  const on = (event: string) => (l: (e: unknown) => unknown) => {
    listeners.set(event, [...(listeners.get(event) ?? []), l]);
    return {
      dispose: () => listeners.set(event, (listeners.get(event) ?? []).filter((x) => x !== l)),
    };
  };
  const register = (kind: string) => (_selector: unknown, provider: unknown) => {
    world.providers.set(kind, provider);
    return { dispose: () => world.providers.delete(kind) };
  };
  const api = {
    Position,
    Range,
    Uri,
    Diagnostic,
    EventEmitter,
    Disposable,
    CodeAction,
    WorkspaceEdit,
    TabInputText,
    SnippetString,
    MarkdownString,
    CompletionItem,
    CodeLens,
    CompletionItemKind: { Property: 9, EnumMember: 19, Reference: 17, Snippet: 27 },
    CodeActionKind: { QuickFix: 'quickfix' },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    ConfigurationTarget: { Global: 1, Workspace: 2 },
    ViewColumn: { Beside: -2 },
    l10n: {
      t: (message: string, ...args: unknown[]) =>
        message.replace(/\{(\d+)\}/g, (_m, i: string) => String(args[Number(i)])),
    },
    languages: {
      registerCodeActionsProvider: register('codeActions'),
      registerCompletionItemProvider: register('completion'),
      registerCodeLensProvider: register('codeLens'),
      registerHoverProvider: register('hover'),
      createDiagnosticCollection: () => ({
        set: (uri: Uri, list: Diagnostic[]) => world.diagnostics.set(uri.toString(), list),
        delete: (uri: Uri) => world.diagnostics.delete(uri.toString()),
        dispose: () => undefined,
      }),
    },
    commands: {
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => {
        world.commands.set(id, fn);
        return { dispose: () => world.commands.delete(id) };
      },
    },
    extensions: { getExtension: () => undefined },
    window: {
      tabGroups: {
        get all() {
          return [{ tabs: world.tabs }];
        },
        onDidChangeTabs: on('window.onDidChangeTabs'),
      },
    },
    workspace: {
      textDocuments: [] as FakeDocument[],
      openTextDocument: async (uri: Uri) => {
        const doc = world.files.get(uri.toString());
        if (!doc) throw new Error(`no such file: ${uri.toString()}`);
        const docs = api.workspace.textDocuments;
        if (!docs.includes(doc)) docs.push(doc);
        world.fire('workspace.onDidOpenTextDocument', doc);
        return doc;
      },
      workspaceFolders: [{}],
      getConfiguration: (section: string) => ({
        get: (key: string, fallback?: unknown) => world.settings[`${section}.${key}`] ?? fallback,
        update: async (key: string, value: unknown) => {
          world.updates.push({ key: `${section}.${key}`, value });
        },
      }),
      onDidOpenTextDocument: on('workspace.onDidOpenTextDocument'),
      onDidChangeTextDocument: on('workspace.onDidChangeTextDocument'),
      onDidCloseTextDocument: on('workspace.onDidCloseTextDocument'),
      onDidChangeConfiguration: on('workspace.onDidChangeConfiguration'),
      onDidSaveTextDocument: on('workspace.onDidSaveTextDocument'),
    },
  };
  return { api, world };
}

const PROVIDER_MODULES = /[\\/]out[\\/]src[\\/](providers|panel)[\\/]/;

/**
 * Makes `require('vscode')` return `api` and forgets provider modules loaded against another
 * fake; returns a function that undoes both so other suites load their own copies.
 */
export function installFakeVscode(api: Record<string, unknown>): () => void {
  const mod = Module as unknown as {
    _resolveFilename(request: string, ...rest: unknown[]): string;
  };
  const original = mod._resolveFilename;
  const cache = require.cache as Record<string, unknown>;
  const previous = cache.vscode;
  const forget = () => {
    for (const key of Object.keys(cache)) if (PROVIDER_MODULES.test(key)) delete cache[key];
  };
  forget();
  mod._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : original.call(this, request, ...rest);
  };
  cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
  return () => {
    forget();
    mod._resolveFilename = original;
    if (previous) cache.vscode = previous;
    else delete cache.vscode;
  };
}

/** Resolves once `check` holds, polling between turns of the event loop; fails after `ms`. */
export async function until(check: () => boolean, what: string, ms = 20000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A logger that drops everything, for providers under test. */
export const quietLog = { info() {}, debug() {}, trace() {}, warn() {}, error() {} };

/**
 * Installs a fresh fake `vscode` before the tests of the calling suite and removes it after;
 * the returned object holds its api and world once installed.
 */
export function useFakeVscode(): { api: Record<string, unknown>; world: FakeWorld } {
  const fake = {} as { api: Record<string, unknown>; world: FakeWorld };
  let restore = () => undefined as void;
  before(() => {
    Object.assign(fake, createFakeVscode());
    restore = installFakeVscode(fake.api);
  });
  after(() => restore());
  return fake;
}
