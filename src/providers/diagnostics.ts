import * as vscode from 'vscode';
import { lintText } from '../rules/lint';
import { Logger } from '../util/logger';
import { toRange } from './positions';
import { readSettings } from './settings';

const DEBOUNCE_MS = 250;

/** Publishes our findings for YAML documents, debounced while typing, cleared on close. */
export function registerDiagnostics(log: Logger): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('statefulset-studio');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'yaml') return;
    const key = doc.uri.toString();
    const version = doc.version;
    try {
      const findings = lintText(doc.getText(), key, { settings: readSettings(doc.uri) });
      if (doc.isClosed || doc.version !== version) return;
      collection.set(doc.uri, findings.map((f) => {
        const d = new vscode.Diagnostic(toRange(doc, f.range), f.message, toSeverity(f.severity));
        d.code = f.ruleId;
        d.source = 'statefulset-studio';
        return d;
      }));
    } catch (err) {
      log.error(err instanceof Error ? err : String(err));
    }
  };
  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => { timers.delete(key); refresh(doc); }, DEBOUNCE_MS));
  };

  vscode.workspace.textDocuments.forEach(refresh);
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      clearTimeout(timers.get(doc.uri.toString()));
      collection.delete(doc.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('statefulsetStudio')) vscode.workspace.textDocuments.forEach(refresh);
    }),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}

function toSeverity(s: 'error' | 'warning' | 'info'): vscode.DiagnosticSeverity {
  return s === 'error' ? vscode.DiagnosticSeverity.Error
    : s === 'warning' ? vscode.DiagnosticSeverity.Warning : vscode.DiagnosticSeverity.Information;
}
