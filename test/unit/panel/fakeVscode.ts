// A small stand-in for the `vscode` module, enough for the panel's host side: webview panels that
// record what they are sent, text documents with versions, events the test can fire, and the
// editor calls the panel makes. Installed with `installFakeVscode()` before the panel is loaded.

import Module = require('node:module');

type Listener<T> = (e: T) => unknown;

export class FakeEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (l: Listener<T>) => {
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

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static parse(s: string): Uri {
    const m = /^([a-z-]+):\/\/(.*)$/.exec(s);
    return m ? new Uri(m[1], m[2]) : new Uri('file', s);
  }
  static file(p: string): Uri {
    return new Uri('file', p);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path, ...parts].join('/'));
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class FakeDocument {
  languageId = 'yaml';
  version = 1;
  constructor(
    readonly uri: Uri,
    private text: string,
  ) {}
  getText(): string {
    return this.text;
  }
  /** Replaces the text and bumps the version, as an edit would. */
  edit(text: string): void {
    this.text = text;
    this.version++;
  }
  positionAt(offset: number): { line: number; character: number } {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  }
  offsetAt(p: { line: number; character: number }): number {
    const lines = this.text.split('\n');
    let o = 0;
    for (let i = 0; i < p.line; i++) o += lines[i].length + 1;
    return o + p.character;
  }
}

export class FakeWebviewPanel {
  readonly posted: unknown[] = [];
  readonly received = new FakeEmitter<unknown>();
  readonly disposed = new FakeEmitter<void>();
  title = '';
  revealed = 0;
  readonly webview = {
    html: '',
    options: {} as { localResourceRoots?: Uri[]; enableScripts?: boolean },
    cspSource: 'vscode-webview://fake',
    asWebviewUri: (u: Uri) => Uri.parse(`vscode-webview://fake${u.path}`),
    postMessage: async (m: unknown) => {
      this.posted.push(m);
      return true;
    },
    onDidReceiveMessage: this.received.event,
  };
  readonly onDidDispose = this.disposed.event;
  constructor(readonly viewType: string) {}
  reveal(): void {
    this.revealed++;
  }
  dispose(): void {
    this.disposed.fire();
  }
}

/** Everything a test inspects or drives. */
export interface FakeWorld {
  documents: Map<string, FakeDocument>;
  panels: FakeWebviewPanel[];
  serializers: Map<string, { deserializeWebviewPanel(p: unknown, s: unknown): Promise<void> }>;
  shown: { uri: string; selection: { start: unknown; end: unknown } }[];
  commands: Map<string, (...args: unknown[]) => unknown>;
  contextKeys: Map<string, unknown>;
  changeDocument: FakeEmitter<{ document: FakeDocument }>;
  changeSelection: FakeEmitter<unknown>;
  changeConfiguration: FakeEmitter<{ affectsConfiguration(section: string): boolean }>;
  settings: Record<string, unknown>;
  activeEditor: unknown;
}

export function createFakeVscode(): { api: Record<string, unknown>; world: FakeWorld } {
  const world: FakeWorld = {
    documents: new Map(),
    panels: [],
    serializers: new Map(),
    shown: [],
    commands: new Map(),
    contextKeys: new Map(),
    changeDocument: new FakeEmitter(),
    changeSelection: new FakeEmitter(),
    changeConfiguration: new FakeEmitter(),
    settings: {},
    activeEditor: undefined,
  };
  const none = new FakeEmitter<unknown>().event;
  const disposable = { dispose: () => undefined };
  class Range {
    constructor(
      readonly start: unknown,
      readonly end: unknown,
    ) {}
  }
  const api = {
    Uri,
    Range,
    EventEmitter: FakeEmitter,
    Disposable: Object.assign(
      class {
        constructor(private readonly f: () => void) {}
        dispose(): void {
          this.f();
        }
      },
      {
        from: (...ds: { dispose(): unknown }[]) => ({
          dispose: () => ds.forEach((d) => d.dispose()),
        }),
      },
    ),
    ViewColumn: { One: 1, Beside: -2 },
    TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
    l10n: {
      t: (s: string, ...a: unknown[]) => s.replace(/\{(\d+)\}/g, (_, n) => String(a[Number(n)])),
    },
    env: { language: 'en', clipboard: { writeText: async () => undefined } },
    extensions: { getExtension: () => undefined },
    window: {
      get activeTextEditor() {
        return world.activeEditor;
      },
      visibleTextEditors: [],
      createWebviewPanel: (viewType: string) => {
        const p = new FakeWebviewPanel(viewType);
        world.panels.push(p);
        return p;
      },
      registerWebviewPanelSerializer: (viewType: string, s: never) => {
        world.serializers.set(viewType, s);
        return disposable;
      },
      onDidChangeActiveTextEditor: none,
      onDidChangeTextEditorSelection: world.changeSelection.event,
      showTextDocument: async (doc: FakeDocument, opts: { selection: Range }) => {
        world.shown.push({ uri: doc.uri.toString(), selection: opts.selection });
        return { revealRange: () => undefined };
      },
      setStatusBarMessage: () => disposable,
      showInformationMessage: async () => undefined,
    },
    workspace: {
      onDidChangeTextDocument: world.changeDocument.event,
      onDidChangeConfiguration: world.changeConfiguration.event,
      onDidCloseTextDocument: none,
      onDidSaveTextDocument: none,
      getConfiguration: () => ({ get: (key: string) => world.settings[key] }),
      openTextDocument: async (uri: Uri) => {
        const doc = world.documents.get(uri.toString());
        if (!doc) throw new Error(`no document ${uri.toString()}`);
        return doc;
      },
      fs: { readFile: async () => new Uint8Array(), writeFile: async () => undefined },
    },
    commands: {
      registerCommand: (name: string, f: (...args: unknown[]) => unknown) => {
        world.commands.set(name, f);
        return { dispose: () => world.commands.delete(name) };
      },
      executeCommand: async (name: string, ...args: unknown[]) => {
        if (name === 'setContext') world.contextKeys.set(String(args[0]), args[1]);
        else return world.commands.get(name)?.(...args);
        return undefined;
      },
    },
  };
  return { api, world };
}

/** Makes `require('vscode')` return `api` from now on. */
export function installFakeVscode(api: Record<string, unknown>): void {
  const mod = Module as unknown as {
    _resolveFilename(request: string, ...rest: unknown[]): string;
  };
  const original = mod._resolveFilename;
  mod._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? 'vscode' : original.call(this, request, ...rest);
  };
  const cache = require.cache as Record<string, unknown>;
  cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };
}
