import * as vscode from 'vscode';
import { compareWithBaseline } from '../language/updateSafety';
import { ParsedManifest } from '../manifest';
import { ManifestCache } from '../manifest/incremental';
import { Finding } from '../rules/types';
import { Logger } from '../util/logger';
import { getBaselineText, onDidChangeBaseline } from './baseline';
import { manifestInSlices, updateInSlices } from './manifestCache';
import { toRange } from './positions';
import { readSettings } from './settings';

const DEBOUNCE_MS = 400;

/** Update-safety findings last published per document URI, with their document version. */
const latest = new Map<string, { version: number; findings: Finding[] }>();

/** The update-safety findings published for `uri` at exactly `version`, if any. */
export function getLatestUpdateFindings(uri: vscode.Uri, version: number): Finding[] | undefined {
  const entry = latest.get(uri.toString());
  return entry && entry.version === version ? entry.findings : undefined;
}

/** The parse of each document's baseline, reused while its text stays the same. */
const baselines = new Map<string, ManifestCache>();

/** The parse of `text`, made in slices; undefined when `isStale()` holds first. */
async function parsedBaseline(
  key: string,
  text: string,
  isStale: () => boolean,
): Promise<ParsedManifest | undefined> {
  let cache = baselines.get(key);
  if (!cache) baselines.set(key, (cache = new ManifestCache('baseline')));
  await updateInSlices(cache, text, isStale);
  return isStale() || cache.currentText !== text ? undefined : cache.manifest;
}

function isEnabled(doc: vscode.TextDocument): boolean {
  return vscode.workspace
    .getConfiguration('statefulsetStudio', doc.uri)
    .get<boolean>('updateSafety.enabled', true);
}

/**
 * Compares YAML documents that hold a StatefulSet with their baseline (see baseline.ts) and
 * publishes `forbidden-update` and `new-revision` diagnostics in a collection of their own.
 */
export function registerUpdateSafety(log: Logger): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('statefulset-studio-update');
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const clear = (doc: vscode.TextDocument) => {
    latest.delete(doc.uri.toString());
    baselines.delete(doc.uri.toString());
    collection.delete(doc.uri);
  };
  const refresh = async (doc: vscode.TextDocument) => {
    if (doc.languageId !== 'yaml' || doc.isClosed) return;
    const version = doc.version;
    try {
      if (!isEnabled(doc) || !doc.getText().includes('StatefulSet')) return clear(doc);
      const baseline = await getBaselineText(doc.uri);
      const stale = () => doc.isClosed || doc.version !== version;
      if (stale()) return; // a newer version is on its way
      if (baseline === undefined) return clear(doc);
      const key = doc.uri.toString();
      // Both parses are made in slices, so that opening a huge file does not hold the editor.
      const before = await parsedBaseline(key, baseline, stale);
      const after = before && (await manifestInSlices(doc));
      if (!before || !after || stale()) return;
      const findings = compareWithBaseline(before, after, readSettings(doc.uri), key);
      latest.set(key, { version, findings });
      collection.set(
        doc.uri,
        findings.map((f) => {
          const severity =
            f.severity === 'error'
              ? vscode.DiagnosticSeverity.Error
              : f.severity === 'warning'
                ? vscode.DiagnosticSeverity.Warning
                : vscode.DiagnosticSeverity.Information;
          const d = new vscode.Diagnostic(toRange(doc, f.range), f.message, severity);
          d.code = f.ruleId;
          d.source = 'statefulset-studio';
          return d;
        }),
      );
    } catch (err) {
      log.error(err instanceof Error ? err : String(err));
    }
  };
  const refreshNow = (doc: vscode.TextDocument) => void refresh(doc);
  const schedule = (doc: vscode.TextDocument) => {
    const key = doc.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        refreshNow(doc);
      }, DEBOUNCE_MS),
    );
  };
  const refreshAll = () => vscode.workspace.textDocuments.forEach(schedule);

  vscode.workspace.textDocuments.forEach(refreshNow);
  return vscode.Disposable.from(
    collection,
    vscode.workspace.onDidOpenTextDocument(refreshNow),
    vscode.workspace.onDidChangeTextDocument((e) => schedule(e.document)),
    vscode.workspace.onDidCloseTextDocument((doc) => {
      clearTimeout(timers.get(doc.uri.toString()));
      clear(doc);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('statefulsetStudio')) refreshAll();
    }),
    onDidChangeBaseline(refreshAll),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
