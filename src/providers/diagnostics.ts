import * as vscode from 'vscode';
import { resolveSettings } from '../manifest';
import { syntaxFindings } from '../rules/lint';
import { IncrementalLinter } from '../rules/lintIncremental';
import { Finding } from '../rules/types';
import { Logger } from '../util/logger';
import { toRange } from './positions';
import { lintOptionsFor } from './lintOptions';
import { objectIndex } from './objectIndex';
import { carryFindings, editBetween } from './provisionalFindings';
import { sharedCacheOf } from './manifestCache';
import {
  isShownInTab,
  lintTabDocuments,
  onDidChangeTabs,
  yamlTabUris,
} from './openTabs';

const DEBOUNCE_MS = 250;
const MAX_WAIT_MS = 1000;

/** What a diagnostics run published: the findings of one version and its text. */
type Published = { version: number; findings: Finding[]; text: string };

/** Findings last published per document URI, with the version they were computed for. */
const latest = new Map<string, Published>();

/** Callers waiting for the findings of one version, per document URI. */
type Waiter = { version: number; resolve: (found: Finding[] | undefined) => void };
const waiters = new Map<string, Waiter[]>();

/**
 * The findings of `uri` at `version` once its diagnostics run publishes them; undefined when a
 * newer version is published first, the document closes, or `timeoutMs` passes.
 */
export function whenLinted(
  uri: vscode.Uri,
  version: number,
  timeoutMs: number,
): Promise<Finding[] | undefined> {
  const now = getLatestFindings(uri, version);
  if (now) return Promise.resolve(now);
  const key = uri.toString();
  return new Promise((resolve) => {
    const settle = (found: Finding[] | undefined) => {
      clearTimeout(timer);
      const rest = (waiters.get(key) ?? []).filter((w) => w.resolve !== settle);
      if (rest.length > 0) waiters.set(key, rest);
      else waiters.delete(key);
      resolve(found);
    };
    const timer = setTimeout(() => settle(undefined), timeoutMs);
    waiters.set(key, [...(waiters.get(key) ?? []), { version, resolve: settle }]);
  });
}

/** Records what was published for `key` and answers whoever waited for it (or for older). */
function publishLatest(key: string, entry: Published): void {
  latest.set(key, entry);
  for (const w of [...(waiters.get(key) ?? [])]) {
    if (w.version > entry.version) continue;
    w.resolve(w.version === entry.version ? entry.findings : undefined);
  }
}

function forgetLatest(key: string): void {
  latest.delete(key);
  for (const w of [...(waiters.get(key) ?? [])]) w.resolve(undefined);
}

/** The findings published for `uri` at exactly `version` (for code actions), if any. */
export function getLatestFindings(uri: vscode.Uri, version: number): Finding[] | undefined {
  const entry = latest.get(uri.toString());
  return entry && entry.version === version ? entry.findings : undefined;
}

/** Publishes our findings for YAML documents, debounced while typing, cleared on close. */
export function registerDiagnostics(log: Logger): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('statefulset-studio');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  // One incremental linter per open document: an edit re-parses and re-checks only what it touched.
  const linters = new Map<string, IncrementalLinter>();

  // Runs per document, one after the other: a newer version stops the older run at its next slice.
  const running = new Map<string, Promise<void>>();

  const refresh = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    if (doc.languageId !== 'yaml') {
      // A document switched to another language (VS Code closes and reopens it) loses its problems.
      if (latest.has(key)) {
        forgetLatest(key);
        collection.delete(doc.uri);
      }
      return;
    }
    const job = (running.get(key) ?? Promise.resolve()).then(() => validate(doc));
    running.set(key, job);
    void job.finally(() => { if (running.get(key) === job) running.delete(key); });
  };
  const validate = async (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    const version = doc.version;
    const stale = () => doc.isClosed || doc.version !== version;
    if (stale()) return;
    try {
      let linter = linters.get(key);
      // The linter keeps the parse the other providers share up to date, and learns of theirs.
      if (!linter) linters.set(key, linter = new IncrementalLinter(key, '', sharedCacheOf(doc)));
      const active = linter;
      const text = doc.getText();
      const options = lintOptionsFor(doc);
      const previous = latest.get(key);
      let sliced = false;
      // Large files are parsed and checked in slices of a few ms, yielding to the editor in
      // between. When a run needs more than one slice, the syntax problems of the new text are
      // shown as soon as it is parsed, with the other findings carried over from the last run;
      // the full run replaces them.
      // NOTE: carried findings have no quick fixes (and `getLatestFindings` none) until then.
      const pause = () => {
        if (!sliced && !stale() && active.cache.pendingText === undefined) {
          sliced = true;
          const settings = resolveSettings(options.settings);
          const syntax = syntaxFindings(active.cache.manifest.documents, settings);
          const others = previous?.findings.filter((f) => f.ruleId !== 'yaml-syntax') ?? [];
          const carried = previous ? carryFindings(others, editBetween(previous.text, text)) : [];
          collection.set(doc.uri, toDiagnostics(doc, [...carried, ...syntax]));
        }
        return yieldToEditor();
      };
      const findings = await linter.lintInSlices(text, options, pause, stale);
      if (!findings || stale()) return;
      publishLatest(key, { version, findings, text });
      collection.set(doc.uri, toDiagnostics(doc, findings));
    } catch (err) {
      log.error(err instanceof Error ? err : String(err));
    }
  };
  // While typing goes on, a document is still checked at least every MAX_WAIT_MS.
  const waitingSince = new Map<string, number>();
  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    const since = waitingSince.get(key) ?? Date.now();
    waitingSince.set(key, since);
    const delay = Math.max(0, Math.min(DEBOUNCE_MS, since + MAX_WAIT_MS - Date.now()));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      waitingSince.delete(key);
      refresh(doc);
    }, delay));
  };

  // A document the open event already queued (or that is linted at its version) is not redone.
  const refreshOnce = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    if (!running.has(key) && latest.get(key)?.version !== doc.version) refresh(doc);
  };
  const lintTabs = (uris: readonly vscode.Uri[]) =>
    lintTabDocuments(uris, refreshOnce, (uri, err) =>
      log.debug(`diagnostics: cannot open ${uri.toString()}: ${String(err)}`),
    );

  vscode.workspace.textDocuments.forEach(refresh);
  // After a reload, background tabs have no document yet: load and lint them so the Problems
  // panel is complete without clicking through every tab.
  void lintTabs(yamlTabUris());
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      const key = doc.uri.toString();
      clearTimeout(timers.get(key));
      waitingSince.delete(key);
      linters.delete(key);
      // VS Code unloads documents of background tabs; their problems stay while the tab does.
      if (isShownInTab(doc.uri)) return;
      forgetLatest(key);
      collection.delete(doc.uri);
    }),
    onDidChangeTabs((opened, closed) => {
      void lintTabs(yamlTabUris(opened));
      // Problems kept for an unloaded document go with its last tab.
      for (const uri of yamlTabUris(closed)) {
        const key = uri.toString();
        const loaded = vscode.workspace.textDocuments.some((d) => d.uri.toString() === key);
        if (loaded || isShownInTab(uri)) continue;
        forgetLatest(key);
        collection.delete(uri);
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      // `yaml.schemas` decides whether "auto" schema validation defers to vscode-yaml.
      if (e.affectsConfiguration('statefulsetStudio') || e.affectsConfiguration('yaml.schemas')) {
        vscode.workspace.textDocuments.forEach(refresh);
      }
    }),
    objectIndex.onDidChange((uris) => {
      // A file's own objects are not "other objects" to itself: its own edit already re-linted it.
      for (const doc of vscode.workspace.textDocuments) {
        const onlyItself = uris.size === 1 && uris.has(doc.uri.toString());
        if (!onlyItself) schedule(doc);
      }
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}

function toDiagnostics(
  doc: vscode.TextDocument,
  findings: readonly Finding[],
): vscode.Diagnostic[] {
  return findings.map((f) => {
    const d = new vscode.Diagnostic(toRange(doc, f.range), f.message, toSeverity(f.severity));
    d.code = f.ruleId;
    d.source = 'statefulset-studio';
    return d;
  });
}

function yieldToEditor(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function toSeverity(s: 'error' | 'warning' | 'info'): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error
    : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}
