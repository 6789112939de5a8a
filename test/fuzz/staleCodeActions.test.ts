import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { computeLineStarts, offsetAt, positionAt } from '../../src/manifest';
import { lintText } from '../../src/rules/lint';
import { createRandom } from './prng';

// No lost edits: the quick-fix provider (src/providers/codeActions.ts) run against a stand-in
// `vscode` module and a document whose version can move while the provider works.
const ROOT = join(__dirname, '..', '..', '..');

class Position {
  constructor(readonly line: number, readonly character: number) {}
}
class Range {
  constructor(readonly start: Position, readonly end: Position) {}
  isEqual(o: Range): boolean {
    return this.start.line === o.start.line && this.start.character === o.start.character
      && this.end.line === o.end.line && this.end.character === o.end.character;
  }
}
class WorkspaceEdit {
  readonly edits: { range: Range; newText: string }[] = [];
  replace(_: unknown, range: Range, newText: string): void { this.edits.push({ range, newText }); }
  insert(_: unknown, at: Position, newText: string): void { this.edits.push({ range: new Range(at, at), newText }); }
}
class CodeAction {
  edit?: WorkspaceEdit;
  constructor(readonly title: string) {}
}

/** Anything the provider's modules touch that the test does not care about: callable, newable. */
function stub(): unknown {
  const target = function () { /* stub */ };
  return new Proxy(target, { get: (_, key) => (key === 'then' ? undefined : stub()),
    apply: () => stub(), construct: () => stub() as object });
}

const fake: Record<string, unknown> = {
  Position, Range, WorkspaceEdit, CodeAction,
  CodeActionKind: { QuickFix: 'quickfix' },
  l10n: { t: (s: string, ...args: unknown[]) => s.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)])) },
  workspace: { getConfiguration: () => ({ get: (_: string, d: unknown) => d }), textDocuments: [],
    workspaceFolders: undefined },
};

interface Provider {
  provideCodeActions(doc: unknown, range: unknown, context: unknown, token: unknown):
    Action[] | Promise<Action[]>;
}
type Action = { title: string; documentVersion: number; edit?: WorkspaceEdit };

/** Loads codeActions.ts with the stand-in and captures the provider it registers. */
function loadProvider(): Provider {
  let provider: Provider | undefined;
  const vscode = new Proxy(fake, { get: (t, key: string) => (key in t ? t[key] : stub()) });
  (fake as { languages: unknown }).languages = { registerCodeActionsProvider: (_: unknown, p: Provider) => {
    provider = p;
    return { dispose: () => undefined };
  } };
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = Module._load;
  Module._load = (request: string, ...rest: unknown[]) => (request === 'vscode' ? vscode : original(request, ...rest));
  try {
    const mod = require(join(ROOT, 'out', 'src', 'providers', 'codeActions.js'));
    mod.registerCodeActions({ info() {}, warn() {}, error() {}, debug() {}, trace() {} });
  } finally {
    Module._load = original;
  }
  if (!provider) throw new Error('codeActions.ts registered no provider');
  return provider;
}

/** A document; `onRead` runs each time its text is read (to play a concurrent edit). */
function document(text: string, version: number, onRead: () => void = () => undefined) {
  const starts = computeLineStarts(text);
  const doc = {
    uri: { toString: () => 'file:///w/set.yaml' },
    languageId: 'yaml', isClosed: false, version, lineCount: starts.length,
    getText: () => { onRead(); return text; },
    positionAt: (o: number) => { const p = positionAt(starts, o); return new Position(p.line, p.character); },
    offsetAt: (p: Position) => offsetAt(starts, p, text.length),
    lineAt: (line: number) => {
      const start = starts[line] ?? text.length;
      const end = (starts[line + 1] ?? text.length + 1) - 1;
      const lineText = text.slice(start, Math.max(start, end));
      return { lineNumber: line, text: lineText, firstNonWhitespaceCharacterIndex: /^\s*/.exec(lineText)![0].length,
        range: new Range(new Position(line, 0), new Position(line, lineText.length)) };
    },
  };
  return doc;
}

const TEXT = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: 1\n'
  + '  template:\n    spec:\n      restartPolicy: OnFailure\n';
const RULE = 'restart-policy-not-always';

function diagnosticFor(doc: ReturnType<typeof document>, start: number, end: number) {
  return { source: 'statefulset-studio', code: RULE, message: 'm',
    range: new Range(doc.positionAt(start), doc.positionAt(end)) };
}

describe('no lost edits: quick fixes and document versions', () => {
  const provider = loadProvider();
  const token = { isCancellationRequested: false };
  const finding = lintText(TEXT, 'file:///w/set.yaml').find((f) => f.ruleId === RULE)!;

  it('offers the fix, stamped with the version it was computed for', async () => {
    const doc = document(TEXT, 7);
    const context = { diagnostics: [diagnosticFor(doc, finding.range.start, finding.range.end)] };
    const actions = await provider.provideCodeActions(doc, context.diagnostics[0].range, context, token);
    const fix = actions.find((a) => a.title === finding.fixes![0].title);
    assert.ok(fix?.edit, `no fix among ${actions.map((a) => a.title).join(', ')}`);
    assert.ok(actions.every((a) => a.documentVersion === 7));
  });

  it('returns nothing when the document changes while the actions are computed', async () => {
    const doc = document(TEXT, 7, () => { doc.version++; });
    const context = { diagnostics: [diagnosticFor(doc, finding.range.start, finding.range.end)] };
    assert.deepEqual(await provider.provideCodeActions(doc, context.diagnostics[0].range, context, token), []);
  });

  it('gives a diagnostic from older text no text edit (random stale ranges)', async () => {
    const r = createRandom(5);
    const doc = document(TEXT, 8);
    for (let i = 0; i < 200; i++) {
      const start = r.int(TEXT.length);
      const end = start + 1 + r.int(10);
      if (start === finding.range.start && end === finding.range.end) continue;
      const context = { diagnostics: [diagnosticFor(doc, start, Math.min(end, TEXT.length))] };
      const actions = await provider.provideCodeActions(doc, context.diagnostics[0].range, context, token);
      assert.deepEqual(actions.filter((a) => a.edit).map((a) => a.title), [], `stale range [${start}, ${end})`);
    }
  });
});
